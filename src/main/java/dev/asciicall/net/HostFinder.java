package dev.asciicall.net;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds calls on the LAN: broadcasts one {@linkplain DiscoveryAnswer#request() discovery request}
 * on every IPv4 network this machine is on and collects the answers.
 */
public final class HostFinder {

  private static final Logger LOG = LoggerFactory.getLogger(HostFinder.class);

  private HostFinder() {}

  /**
   * Broadcasts on {@code udpPort} and collects answers for {@code timeoutMillis}. Duplicates (one
   * per network a host is on) are merged. Blocks the caller.
   */
  public static List<DiscoveryAnswer> discover(int udpPort, int timeoutMillis) {
    Map<String, DiscoveryAnswer> found = new LinkedHashMap<>();
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.setBroadcast(true);
      byte[] request = DiscoveryAnswer.request();
      for (InetAddress target : broadcastAddresses()) {
        try {
          socket.send(new DatagramPacket(request, request.length, target, udpPort));
        } catch (IOException e) {
          LOG.debug("Cannot broadcast to {}: {}", target, e.toString());
        }
      }
      long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
      byte[] buffer = new byte[DiscoveryAnswer.MAX_ANSWER_BYTES + 1];
      while (true) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          break;
        }
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.setSoTimeout((int) left);
        try {
          socket.receive(packet);
        } catch (SocketTimeoutException e) {
          break;
        }
        String address = packet.getAddress().getHostAddress();
        DiscoveryAnswer.parse(packet.getData(), packet.getLength(), address)
            .ifPresent(answer -> found.putIfAbsent(address + ":" + answer.tcpPort(), answer));
      }
    } catch (IOException e) {
      LOG.debug("Discovery failed: {}", e.toString());
    }
    return new ArrayList<>(found.values());
  }

  /**
   * Where to broadcast: the limited broadcast address, every IPv4 network's own broadcast address,
   * and the two most common subnet sizes' for each address (the loopback network has no broadcast
   * address of its own, yet 127.0.0.255 reaches a host listening on it).
   */
  static Set<InetAddress> broadcastAddresses() {
    Set<InetAddress> targets = new LinkedHashSet<>();
    try {
      targets.add(InetAddress.getByName("255.255.255.255"));
      for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!network.isUp()) {
          continue;
        }
        for (InterfaceAddress address : network.getInterfaceAddresses()) {
          if (!(address.getAddress() instanceof Inet4Address ip)) {
            continue;
          }
          if (address.getBroadcast() != null) {
            targets.add(address.getBroadcast());
          }
          byte[] bytes = ip.getAddress();
          bytes[3] = -1;
          targets.add(InetAddress.getByAddress(bytes));
          bytes[2] = -1;
          targets.add(InetAddress.getByAddress(bytes));
        }
      }
    } catch (IOException e) {
      LOG.debug("Cannot list the networks: {}", e.toString());
    }
    return targets;
  }
}
