package dev.asciicall.call;

import java.util.Objects;

/**
 * What the user asked for in Call → Host a call…: the ports to listen on, the call's name shown in
 * LAN discovery, the host's own display name, and a passphrase joiners must know (null or empty for
 * none; it never leaves this process, and is wiped once the call has started).
 */
public record HostRequest(int port, int udpPort, String callName, String name, char[] passphrase) {

  public HostRequest {
    Objects.requireNonNull(callName);
    Objects.requireNonNull(name);
  }

  /** A call without passphrase. */
  public HostRequest(int port, int udpPort, String callName, String name) {
    this(port, udpPort, callName, name, null);
  }

  boolean hasPassphrase() {
    return passphrase != null && passphrase.length > 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HostRequest that
        && port == that.port
        && udpPort == that.udpPort
        && callName.equals(that.callName)
        && name.equals(that.name)
        && java.util.Arrays.equals(passphrase, that.passphrase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(port, udpPort, callName, name);
  }

  /** Never shows the passphrase. */
  @Override
  public String toString() {
    return "HostRequest[port=" + port + ", udpPort=" + udpPort + ", callName=" + callName + "]";
  }
}
