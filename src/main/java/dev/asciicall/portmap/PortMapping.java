package dev.asciicall.portmap;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * A port the router opened for us.
 *
 * @param protocol how it was asked for
 * @param transport TCP or UDP
 * @param internalPort the port on this computer
 * @param externalPort the port on the router's public side (may differ from the one asked for)
 * @param externalAddress the router's public address, when it said
 * @param lease how long the router keeps it; {@link Duration#ZERO} for a permanent mapping
 */
public record PortMapping(
    MappingProtocol protocol,
    Transport transport,
    int internalPort,
    int externalPort,
    Optional<InetAddress> externalAddress,
    Duration lease) {

  /** Whether the router keeps this mapping until it is removed (no renewal needed). */
  public boolean permanent() {
    return lease.isZero();
  }
}
