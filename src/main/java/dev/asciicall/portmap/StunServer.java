package dev.asciicall.portmap;

import java.util.Locale;

/**
 * A STUN server the user chose, e.g. {@code stun.example.org:3478}. Only ever contacted when the
 * user set one: asciicall names no third-party server of its own.
 *
 * @param host a name or IP address (IPv6 without brackets)
 * @param port UDP port, 3478 unless given
 */
public record StunServer(String host, int port) {

  public static final int DEFAULT_PORT = 3478;

  public StunServer {
    if (host == null
        || host.isBlank()
        || host.length() > 253
        || host.chars().anyMatch(c -> c <= ' ')) {
      throw new IllegalArgumentException("Type the STUN server's name, e.g. stun.example.org:3478");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("The STUN server's port must be a number from 1 to 65535");
    }
  }

  /**
   * Reads {@code host}, {@code host:port} or {@code [v6]:port}.
   *
   * @throws IllegalArgumentException with a one-line message fit to show the user
   */
  public static StunServer parse(String text) {
    String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (trimmed.startsWith("stun:")) {
      trimmed = trimmed.substring("stun:".length());
    }
    if (trimmed.startsWith("[")) {
      int close = trimmed.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("An IPv6 address needs its closing ']'");
      }
      String rest = trimmed.substring(close + 1);
      return new StunServer(
          trimmed.substring(1, close), rest.isEmpty() ? DEFAULT_PORT : port(rest, ":"));
    }
    int colon = trimmed.lastIndexOf(':');
    if (colon >= 0 && trimmed.indexOf(':') == colon) {
      return new StunServer(trimmed.substring(0, colon), port(trimmed.substring(colon), ":"));
    }
    return new StunServer(trimmed, DEFAULT_PORT);
  }

  private static int port(String text, String prefix) {
    String digits = text.startsWith(prefix) ? text.substring(prefix.length()) : "";
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("The STUN server's port must be a number from 1 to 65535");
    }
    return Integer.parseInt(digits);
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
