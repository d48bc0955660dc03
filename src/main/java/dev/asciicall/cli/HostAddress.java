package dev.asciicall.cli;

/** {@code HOST[:PORT]} as typed by the user; IPv6 literals go in brackets. */
record HostAddress(String host, int port) {

  static final int DEFAULT_TCP_PORT = 54555;

  static HostAddress parse(String text) {
    String trimmed = text.strip();
    int colon = trimmed.lastIndexOf(':');
    if (trimmed.isEmpty() || trimmed.startsWith(":")) {
      throw UserFacingException.badInput("no host given in '" + text + "'");
    }
    if (colon < 0
        || trimmed.endsWith("]")
        || trimmed.indexOf(':') != colon && !trimmed.startsWith("[")) {
      return new HostAddress(unbracket(trimmed), DEFAULT_TCP_PORT);
    }
    String portText = trimmed.substring(colon + 1);
    try {
      int port = Integer.parseInt(portText);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return new HostAddress(unbracket(trimmed.substring(0, colon)), port);
    } catch (NumberFormatException e) {
      throw UserFacingException.badInput("'" + portText + "' is not a port (1-65535)");
    }
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
