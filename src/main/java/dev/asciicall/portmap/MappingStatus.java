package dev.asciicall.portmap;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Where the router port stands, in words a user can act on. {@link #message()} is one line (a
 * sentence or two) for the host dialog and the command line.
 */
public sealed interface MappingStatus {

  String message();

  /** Not started, or stopped: no mapping is held. */
  record Off() implements MappingStatus {
    @Override
    public String message() {
      return "Not asking the router to open a port.";
    }
  }

  /** Asking the router (PCP, NAT-PMP, UPnP in turn): a few seconds at most. */
  record Searching(int port) implements MappingStatus {
    @Override
    public String message() {
      return "Asking your router to open port " + port + " …";
    }
  }

  /**
   * The router opened the port.
   *
   * @param protocol how it was asked
   * @param localPort the port the call listens on here
   * @param publicPort the port on the router's public side (others join at this one)
   * @param transports TCP always; UDP too when the router opened it for voice at the same number
   * @param publicAddress the router's public address, when it (or the STUN server) said
   * @param lease how long before it is renewed; zero for a permanent mapping
   */
  record Mapped(
      MappingProtocol protocol,
      int localPort,
      int publicPort,
      Set<Transport> transports,
      Optional<InetAddress> publicAddress,
      Duration lease)
      implements MappingStatus {

    public Mapped {
      transports = Set.copyOf(transports);
    }

    /**
     * Whether the router's own public address is private or shared (10/8, 172.16/12, 192.168/16,
     * 100.64/10 carrier-grade NAT): another NAT sits in front and the port probably is not
     * reachable from the internet after all.
     */
    public boolean behindAnotherNat() {
      return publicAddress.map(address -> !isPublic(address)).orElse(false);
    }

    /** {@code 203.0.113.5:54555}, what others type (or put in an invite), when it is known. */
    public Optional<String> joinAddress() {
      return publicAddress
          .filter(address -> !behindAnotherNat())
          .map(address -> address.getHostAddress() + ":" + publicPort);
    }

    @Override
    public String message() {
      String voice =
          transports.contains(Transport.UDP)
              ? ""
              : " Voice goes over TCP (the router did not open UDP " + publicPort + ").";
      if (behindAnotherNat()) {
        return "Your router opened port "
            + publicPort
            + " with "
            + protocol
            + ", but its own address "
            + publicAddress.get().getHostAddress()
            + " is not public: another router or your provider's NAT sits in front, so people"
            + " on the internet may not reach you. Use IPv6, or run a relay on a server.";
      }
      String renewal =
          lease.isZero()
              ? "until the call ends"
              : "renewed every " + Math.max(1, lease.toMinutes() / 2) + " min";
      Optional<String> at = joinAddress();
      if (at.isEmpty()) {
        return "Your router opened port "
            + publicPort
            + " with "
            + protocol
            + " ("
            + renewal
            + ") but did not say its public address: others join at your public address, port "
            + publicPort
            + "."
            + voice;
      }
      return "Others on the internet can join at "
          + at.get()
          + " (opened on your router with "
          + protocol
          + ", "
          + renewal
          + ")."
          + voice;
    }
  }

  /**
   * A router answered and refused.
   *
   * @param reason the router's reason, e.g. {@code UPnP error 718 ConflictInMappingEntry: port
   *     54555 is already forwarded to another device}
   * @param localAddress this computer's address on the router's network, to forward the port to
   * @param publicAddress our public address if a STUN server was set and answered
   */
  record Refused(
      MappingProtocol protocol,
      String reason,
      int port,
      Optional<InetAddress> localAddress,
      Optional<InetAddress> publicAddress)
      implements MappingStatus {
    @Override
    public String message() {
      return "Your router refused to open port "
          + port
          + " ("
          + reason
          + "). "
          + whatToDo(port, localAddress, publicAddress);
    }
  }

  /**
   * Nothing answered: no router that speaks PCP, NAT-PMP or UPnP (or they are switched off), or no
   * router at all (a server with a public address needs none).
   *
   * @param detail what was tried, e.g. {@code no UPnP router answered; the router is unknown: …}
   */
  record NoRouter(
      String detail,
      int port,
      Optional<InetAddress> localAddress,
      Optional<InetAddress> publicAddress)
      implements MappingStatus {
    @Override
    public String message() {
      return "No router answered a request to open port "
          + port
          + " (UPnP, NAT-PMP and PCP may be switched off in it). "
          + whatToDo(port, localAddress, publicAddress);
    }
  }

  private static String whatToDo(
      int port, Optional<InetAddress> localAddress, Optional<InetAddress> publicAddress) {
    return "To be reachable from the internet, forward TCP port "
        + port
        + " (and UDP "
        + port
        + " for voice) to this computer"
        + localAddress.map(address -> " (" + address.getHostAddress() + ")").orElse("")
        + " in your router's settings, use IPv6, or run a relay on a server."
        + publicAddress
            .map(address -> " Your public address is " + address.getHostAddress() + ".")
            .orElse("");
  }

  /** Not private, shared (carrier NAT), loopback, link-local, unspecified or multicast. */
  static boolean isPublic(InetAddress address) {
    if (!(address instanceof Inet4Address)) {
      return !address.isSiteLocalAddress()
          && !address.isLinkLocalAddress()
          && !address.isLoopbackAddress()
          && !address.isAnyLocalAddress()
          && !address.isMulticastAddress()
          && (address.getAddress()[0] & 0xFE) != 0xFC; // fc00::/7 unique local
    }
    byte[] b = address.getAddress();
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    return first != 0
        && first != 10
        && first != 127
        && first < 224
        && !(first == 100 && second >= 64 && second < 128)
        && !(first == 169 && second == 254)
        && !(first == 172 && second >= 16 && second < 32)
        && !(first == 192 && second == 168);
  }
}
