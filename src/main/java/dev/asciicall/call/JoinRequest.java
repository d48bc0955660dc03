package dev.asciicall.call;

import java.util.Objects;

/**
 * What the user asked for in Call → Join by IP…: the host's address, its UDP port (the call's
 * discovery port, {@link HostAddress#DEFAULT_UDP_PORT} unless the host changed it) and our name.
 */
public record JoinRequest(HostAddress address, int udpPort, String name) {

  public JoinRequest {
    Objects.requireNonNull(address);
    Objects.requireNonNull(name);
  }
}
