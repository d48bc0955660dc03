package dev.asciicall.portmap;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link PortMappingService} maps.
 *
 * @param port the call's port: mapped as TCP, and as UDP at the same public number
 * @param transports which of TCP and UDP to ask for
 * @param lease the lease to ask for (routers may give less)
 * @param description shown in the router's list of mappings
 * @param stunServer asked for our public address only if the user set one
 */
public record MappingSettings(
    int port,
    Set<Transport> transports,
    Duration lease,
    String description,
    Optional<StunServer> stunServer) {

  public MappingSettings {
    transports = Set.copyOf(transports);
    if (!transports.contains(Transport.TCP)) {
      throw new IllegalArgumentException("the call's TCP port is always mapped");
    }
    if (lease.compareTo(Duration.ofMinutes(1)) < 0) {
      // PCP and NAT-PMP read lifetime 0 as "delete": a lease is at least a minute.
      throw new IllegalArgumentException("lease must be at least a minute, got " + lease);
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535, got " + port);
    }
  }

  /** TCP and UDP on {@code port}, a one-hour lease, no STUN server. */
  public static MappingSettings forCall(int port) {
    return new MappingSettings(
        port,
        EnumSet.allOf(Transport.class),
        Duration.ofHours(1),
        "asciicall call on port " + port,
        Optional.empty());
  }

  public MappingSettings withStunServer(StunServer server) {
    return new MappingSettings(port, transports, lease, description, Optional.of(server));
  }

  public MappingSettings withLease(Duration newLease) {
    return new MappingSettings(port, transports, newLease, description, stunServer);
  }
}
