package dev.asciicall.portmap;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SSDP discovery of Internet Gateway Devices (UPnP Device Architecture 1.1, section 1.3): an
 * M-SEARCH for IGD v2 and v1 to the multicast group 239.255.255.250:1900, then every answer's
 * {@code LOCATION} (the device description URL) is handed on. An answer counts only if it is an
 * HTTP 200 whose LOCATION is a plain {@code http://} URL on the very address that sent it, so a
 * stray answer cannot send us to fetch some other host's URL. Blocks the calling thread for at most
 * the search window.
 *
 * @param target where M-SEARCH goes: the SSDP multicast group, or a test's loopback responder
 * @param window how long to wait for answers
 */
record SsdpSearch(InetSocketAddress target, Duration window) {

  static final InetSocketAddress MULTICAST = new InetSocketAddress("239.255.255.250", 1900);

  static final List<String> SEARCH_TARGETS =
      List.of(
          "urn:schemas-upnp-org:device:InternetGatewayDevice:2",
          "urn:schemas-upnp-org:device:InternetGatewayDevice:1");

  /** Answers larger than this are not SSDP answers. */
  private static final int MAX_ANSWER_BYTES = 2048;

  /** Devices looked at per search, however many answer. */
  private static final int MAX_LOCATIONS = 8;

  /** Something that tries one device description URL and says whether it is a usable gateway. */
  @FunctionalInterface
  interface LocationProbe<T> {
    Optional<T> probe(URI location);
  }

  /**
   * Searches, and returns the first answer {@code probe} accepts.
   *
   * @throws NoRouterException if no device answered or none was usable
   */
  <T> T search(LocationProbe<T> probe) throws IOException {
    Set<URI> seen = new LinkedHashSet<>();
    try (MulticastSocket socket = new MulticastSocket(0)) {
      // UDA 1.1: TTL 2, so the search stays near this network.
      socket.setTimeToLive(2);
      int mx = (int) Math.max(1, Math.min(5, window.toSeconds()));
      for (String searchTarget : SEARCH_TARGETS) {
        byte[] request = request(searchTarget, mx).getBytes(StandardCharsets.US_ASCII);
        socket.send(new DatagramPacket(request, request.length, target));
      }
      byte[] buffer = new byte[MAX_ANSWER_BYTES + 1];
      long deadline = System.nanoTime() + window.toNanos();
      long left;
      while ((left = (deadline - System.nanoTime()) / 1_000_000) > 0
          && seen.size() < MAX_LOCATIONS) {
        socket.setSoTimeout((int) Math.max(1, left));
        DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
        try {
          socket.receive(answer);
        } catch (SocketTimeoutException e) {
          break;
        }
        if (answer.getLength() > MAX_ANSWER_BYTES) {
          continue;
        }
        String text = new String(buffer, 0, answer.getLength(), StandardCharsets.ISO_8859_1);
        Optional<URI> location = location(text, answer.getAddress());
        if (location.isPresent() && seen.add(location.get())) {
          Optional<T> usable = probe.probe(location.get());
          if (usable.isPresent()) {
            return usable.get();
          }
        }
      }
    }
    throw new NoRouterException(
        seen.isEmpty()
            ? "no UPnP router answered"
            : "the UPnP devices that answered offer no port mapping");
  }

  private String request(String searchTarget, int mx) {
    String host =
        target.getAddress().getHostAddress().contains(":")
            ? "[" + target.getAddress().getHostAddress() + "]"
            : target.getAddress().getHostAddress();
    return "M-SEARCH * HTTP/1.1\r\n"
        + "HOST: "
        + host
        + ":"
        + target.getPort()
        + "\r\n"
        + "MAN: \"ssdp:discover\"\r\n"
        + "MX: "
        + mx
        + "\r\n"
        + "ST: "
        + searchTarget
        + "\r\n"
        + "\r\n";
  }

  /** The LOCATION of an SSDP answer, if it is one we may follow. */
  static Optional<URI> location(String answer, InetAddress sender) {
    List<String> lines = new ArrayList<>(answer.lines().toList());
    if (lines.isEmpty() || !lines.get(0).toUpperCase(Locale.ROOT).startsWith("HTTP/1.1 200")) {
      return Optional.empty();
    }
    for (String line : lines.subList(1, lines.size())) {
      int colon = line.indexOf(':');
      if (colon <= 0 || !line.substring(0, colon).trim().equalsIgnoreCase("location")) {
        continue;
      }
      try {
        URI uri = new URI(line.substring(colon + 1).trim());
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
          return Optional.empty();
        }
        String host = uri.getHost().replace("[", "").replace("]", "");
        return isLiteral(host) && InetAddress.getByName(host).equals(sender)
            ? Optional.of(uri)
            : Optional.empty();
      } catch (URISyntaxException | IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** An IP literal, never a name (looking a name up would itself be a request we did not want). */
  private static boolean isLiteral(String host) {
    return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
