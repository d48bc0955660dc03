package dev.asciicall.call;

import java.util.Objects;

/**
 * What the user asked for in Call → Join by IP…: the host's address, its UDP port (the call's
 * discovery port, {@link HostAddress#DEFAULT_UDP_PORT} unless the host changed it), our name, and
 * the call's passphrase (null or empty for none; it never leaves this process).
 */
public record JoinRequest(HostAddress address, int udpPort, String name, char[] passphrase) {

  public JoinRequest {
    Objects.requireNonNull(address);
    Objects.requireNonNull(name);
  }

  /** A join without passphrase. */
  public JoinRequest(HostAddress address, int udpPort, String name) {
    this(address, udpPort, name, null);
  }

  boolean hasPassphrase() {
    return passphrase != null && passphrase.length > 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JoinRequest that
        && address.equals(that.address)
        && udpPort == that.udpPort
        && name.equals(that.name)
        && java.util.Arrays.equals(passphrase, that.passphrase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(address, udpPort, name);
  }

  /** Never shows the passphrase. */
  @Override
  public String toString() {
    return "JoinRequest[address=" + address + ", udpPort=" + udpPort + ", name=" + name + "]";
  }
}
