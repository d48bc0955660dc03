package dev.asciicall.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host to join as the user types it: a name or IPv4 address with an optional {@code :port}. The
 * join dialog validates with {@link #parse} on every keystroke and shows the message it returns.
 *
 * @param port the given port, or {@link #DEFAULT_PORT}
 */
public record JoinAddress(String host, int port) {

  public static final int DEFAULT_PORT = 54555;

  private static final Pattern HOST_NAME =
      Pattern.compile(
          "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final Pattern LOOKS_NUMERIC = Pattern.compile("[0-9.]+");

  /** The outcome of checking what the user typed: an address, or why it is not one. */
  public sealed interface Check permits Valid, Invalid {}

  public record Valid(JoinAddress address) implements Check {}

  /**
   * @param message one line, shown under the field
   */
  public record Invalid(String message) implements Check {}

  public static Check parse(String text) {
    String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (trimmed.isEmpty()) {
      return new Invalid("Type the host's name or IP address, e.g. 192.168.1.20:54555");
    }
    String host = trimmed;
    int port = DEFAULT_PORT;
    int colon = trimmed.lastIndexOf(':');
    if (colon >= 0) {
      host = trimmed.substring(0, colon);
      Optional<Integer> parsed = port(trimmed.substring(colon + 1));
      if (parsed.isEmpty()) {
        return new Invalid("The port must be a number from 1 to 65535");
      }
      port = parsed.get();
    }
    if (LOOKS_NUMERIC.matcher(host).matches()) {
      return validIpv4(host)
          ? new Valid(new JoinAddress(host, port))
          : new Invalid("'" + host + "' is not an IP address (four numbers 0-255 with dots)");
    }
    if (!HOST_NAME.matcher(host).matches()) {
      return new Invalid("'" + host + "' is not a valid host name");
    }
    return new Valid(new JoinAddress(host, port));
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
    return host + ":" + port;
  }
}
