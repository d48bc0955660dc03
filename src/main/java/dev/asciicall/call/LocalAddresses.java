package dev.asciicall.call;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The addresses others on the network can use to join a call hosted on this computer. */
public final class LocalAddresses {

  private LocalAddresses() {}

  /**
   * This computer's IPv4 addresses on interfaces that are up (loopback last, so a LAN address is
   * offered first and the list is never empty). Blocks briefly while the interfaces are listed.
   */
  public static List<HostAddress> forPort(int port) {
    List<HostAddress> lan = new ArrayList<>();
    try {
      for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!network.isUp() || network.isLoopback()) {
          continue;
        }
        for (InetAddress address : Collections.list(network.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
            lan.add(new HostAddress(address.getHostAddress(), port));
          }
        }
      }
    } catch (SocketException e) {
      // No interface list: this computer itself is still an answer.
    }
    lan.add(new HostAddress("127.0.0.1", port));
    return List.copyOf(lan);
  }
}
