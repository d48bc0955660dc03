package dev.asciicall.call;

import java.util.Objects;

/**
 * What the user asked for in Call → Host a call…: the ports to listen on, the call's name shown in
 * LAN discovery, and the host's own display name.
 */
public record HostRequest(int port, int udpPort, String callName, String name) {

  public HostRequest {
    Objects.requireNonNull(callName);
    Objects.requireNonNull(name);
  }
}
