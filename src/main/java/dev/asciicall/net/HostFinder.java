package dev.asciicall.net;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.ClientDiscoveryHandler;
import java.net.DatagramPacket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds calls on the LAN with KryoNet's broadcast discovery. */
public final class HostFinder {

  private HostFinder() {}

  /**
   * Broadcasts on {@code udpPort} and collects answers for {@code timeoutMillis} (KryoNet always
   * waits the whole time). Duplicates (one per network interface) are merged. Blocks the caller.
   */
  public static List<DiscoveryAnswer> discover(int udpPort, int timeoutMillis) {
    Map<String, DiscoveryAnswer> found = new LinkedHashMap<>();
    Client client = new Client();
    client.setDiscoveryHandler(
        new ClientDiscoveryHandler() {
          @Override
          public DatagramPacket onRequestNewDatagramPacket() {
            return new DatagramPacket(new byte[512], 512);
          }

          @Override
          public void onDiscoveredHost(DatagramPacket packet, Kryo kryo) {
            String address = packet.getAddress().getHostAddress();
            DiscoveryAnswer.parse(packet.getData(), packet.getLength(), address)
                .ifPresent(answer -> found.putIfAbsent(address + ":" + answer.tcpPort(), answer));
          }

          @Override
          public void onFinally() {
            // Nothing to release: the client closes its own socket.
          }
        });
    client.discoverHosts(udpPort, timeoutMillis);
    client.close();
    return new ArrayList<>(found.values());
  }
}
