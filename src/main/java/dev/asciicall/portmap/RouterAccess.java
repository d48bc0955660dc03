package dev.asciicall.portmap;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a {@link PortMappingService} reaches the router: the protocols in the order to try them, the
 * STUN client, where the exit hook goes, and this computer's address on the router's network (to
 * tell the user which computer to forward a port to). Tests build one pointed at loopback fakes.
 */
record RouterAccess(
    List<PortMapper> mappers,
    StunClient stun,
    ExitHook exitHook,
    Supplier<Optional<InetAddress>> localAddress) {

  RouterAccess {
    mappers = List.copyOf(mappers);
  }

  /**
   * PCP, then NAT-PMP (both one round trip to the default gateway, about 1.75 s each when nothing
   * answers), then UPnP (a 2 s SSDP search); the JVM's shutdown hooks.
   */
  static RouterAccess forThisComputer() {
    Supplier<GatewayLookup> gateway = DefaultGateway::find;
    List<PortMapper> mappers =
        List.of(
            new PcpMapper(gateway, NatPmpMapper.SERVER_PORT, UdpExchange.ROUTER),
            new NatPmpMapper(gateway, NatPmpMapper.SERVER_PORT, UdpExchange.ROUTER),
            new UpnpIgdMapper(
                new SsdpSearch(SsdpSearch.MULTICAST, Duration.ofSeconds(2)),
                Duration.ofSeconds(3)));
    Supplier<Optional<InetAddress>> localAddress =
        () -> {
          try {
            InetAddress toward =
                gateway.get() instanceof GatewayLookup.Found found
                    ? found.address()
                    : SsdpSearch.MULTICAST.getAddress();
            return Optional.of(UdpExchange.localAddressToward(toward));
          } catch (IOException e) {
            return Optional.empty();
          }
        };
    return new RouterAccess(mappers, new StunClient(), ExitHook.jvm(), localAddress);
  }
}
