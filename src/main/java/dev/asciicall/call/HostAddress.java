package dev.asciicall.call;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host to join as the user types it: a name, an IPv4 address or a bracketed IPv6 address, with an
 * optional {@code :port}. The join dialog checks with {@link #parse} on every keystroke and shows
 * the message it returns; the command line turns the message into its usage error.
 *
 * @param port the given port, or {@link #DEFAULT_PORT}
 */
public record HostAddress(String host, int port) {

  /** The TCP port a call is hosted on unless the user picks another. */
  public static final int DEFAULT_PORT = 54555;

  /** The UDP port for LAN discovery (and KryoNet's UDP channel) unless the user picks another. */
  public static final int DEFAULT_UDP_PORT = 54777;

  private static final Pattern HOST_NAME =
      Pattern.compile(
          "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final Pattern LOOKS_NUMERIC = Pattern.compile("[0-9.]+");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+(%[a-z0-9]+)?");

  /** The outcome of checking what the user typed: an address, or why it is not one. */
  public sealed interface Check permits Valid, Invalid {}

  public record Valid(HostAddress address) implements Check {}

  /**
   * @param message one line, fit to show under the field or on the command line
   */
  public record Invalid(String message) implements Check {}

  public static Check parse(String text) {
    String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (trimmed.isEmpty()) {
      return new Invalid("Type the host's name or IP address, e.g. 192.168.1.20:54555");
    }
    if (trimmed.startsWith("[")) {
      return bracketed(trimmed);
    }
    String host = trimmed;
    int port = DEFAULT_PORT;
    int colon = trimmed.lastIndexOf(':');
    if (colon >= 0 && trimmed.indexOf(':') != colon) {
      return new Invalid("Put an IPv6 address in brackets, e.g. [fe80::1]:54555");
    }
    if (colon >= 0) {
      host = trimmed.substring(0, colon);
      Optional<Integer> parsed = port(trimmed.substring(colon + 1));
      if (parsed.isEmpty()) {
        return new Invalid("The port must be a number from 1 to 65535");
      }
      port = parsed.get();
    }
    if (host.isEmpty()) {
      return new Invalid("Type the host's name or IP address before the ':'");
    }
    if (LOOKS_NUMERIC.matcher(host).matches()) {
      return validIpv4(host)
          ? new Valid(new HostAddress(host, port))
          : new Invalid("'" + host + "' is not an IP address (four numbers 0-255 with dots)");
    }
    if (!HOST_NAME.matcher(host).matches()) {
      return new Invalid("'" + host + "' is not a valid host name");
    }
    return new Valid(new HostAddress(host, port));
  }

  private static Check bracketed(String text) {
    int close = text.indexOf(']');
    if (close < 0) {
      return new Invalid("An IPv6 address needs its closing ']'");
    }
    String host = text.substring(1, close);
    if (!IPV6.matcher(host).matches() || !host.contains(":")) {
      return new Invalid("'" + host + "' is not an IPv6 address");
    }
    String rest = text.substring(close + 1);
    if (rest.isEmpty()) {
      return new Valid(new HostAddress(host, DEFAULT_PORT));
    }
    Optional<Integer> port = rest.startsWith(":") ? port(rest.substring(1)) : Optional.empty();
    return port.isPresent()
        ? new Valid(new HostAddress(host, port.get()))
        : new Invalid("The port must be a number from 1 to 65535");
  }

  private static Optional<Integer> port(String text) {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int port = Integer.parseInt(text);
    return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
  }

  private static boolean validIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
