package dev.asciicall.portmap;

import java.time.Duration;

/**
 * What to ask a router for.
 *
 * @param transport TCP or UDP
 * @param internalPort the port this computer listens on
 * @param externalPort the port wanted on the router's public side
 * @param choice whether the router may pick another public port
 * @param lease how long the mapping should last before it is renewed; {@link Duration#ZERO} asks
 *     for a permanent one
 * @param description shown in the router's list of mappings
 */
public record MappingRequest(
    Transport transport,
    int internalPort,
    int externalPort,
    PortChoice choice,
    Duration lease,
    String description) {

  /** Whether the public port must be the one asked for. */
  public enum PortChoice {
    /** The router may give another public port if this one is taken. */
    PREFERRED,
    /** Only this public port will do (the UDP mapping must match the TCP one). */
    EXACT
  }

  public MappingRequest {
    checkPort(internalPort, "internal port");
    checkPort(externalPort, "external port");
    if (lease.isNegative()) {
      throw new IllegalArgumentException("negative lease " + lease);
    }
  }

  /** The lease in whole seconds, as the protocols carry it (at most about 136 years). */
  long leaseSeconds() {
    return Math.min(lease.getSeconds(), 0xFFFF_FFFFL);
  }

  private static void checkPort(int port, String what) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(what + " must be 1..65535, got " + port);
    }
  }
}
