package dev.asciicall.call;

import dev.asciicall.crypto.CryptoException;
import dev.asciicall.crypto.KeyFingerprint;
import dev.asciicall.crypto.PublicIdentity;
import dev.asciicall.net.wire.Limits;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An invite to a call as one string to paste or click: {@code
 * asciicall://203.0.113.5:54555/?key=7tq2…&name=Standup}. It names where the host is and its key
 * fingerprint, so the joiner can check the host it reaches is the one that sent the invite. It
 * never carries a passphrase: that stays something the host tells people another way.
 *
 * @param address where to join
 * @param key the host's identity fingerprint
 * @param callName the call's name, if the host put it in
 */
public record Invite(HostAddress address, KeyFingerprint key, Optional<String> callName) {

  /** The URL scheme the installers register. */
  public static final String SCHEME = "asciicall";

  /** Longer text is refused before it is looked at. */
  static final int MAX_CHARS = 512;

  private static final String PREFIX = SCHEME + "://";
  private static final Set<String> SECRET_PARAMETERS =
      Set.of("passphrase", "pass", "password", "passwd", "pw", "pwd", "secret", "pin", "phrase");

  public Invite {
    callName.ifPresent(Invite::checkCallName);
    callName = callName.map(String::strip).filter(name -> !name.isEmpty());
  }

  /** The outcome of reading an invite: the invite, or why it is not one. */
  public sealed interface Check permits Valid, Invalid {}

  public record Valid(Invite invite) implements Check {}

  /**
   * @param message one line, fit to show under a field or on the command line
   */
  public record Invalid(String message) implements Check {}

  /** Whether {@code text} is meant as an invite rather than a plain address (it has our scheme). */
  public static boolean looksLikeInvite(String text) {
    return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME + ":");
  }

  public static Check parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.length() > MAX_CHARS) {
      return new Invalid("That invite is too long to be one (over " + MAX_CHARS + " characters)");
    }
    if (!trimmed.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return new Invalid("An invite starts with " + PREFIX);
    }
    String rest = trimmed.substring(PREFIX.length());
    int fragment = rest.indexOf('#');
    if (fragment >= 0) {
      rest = rest.substring(0, fragment);
    }
    int query = rest.indexOf('?');
    String beforeQuery = query >= 0 ? rest.substring(0, query) : rest;
    int slash = beforeQuery.indexOf('/');
    String authority = slash >= 0 ? beforeQuery.substring(0, slash) : beforeQuery;
    if (slash >= 0 && !beforeQuery.substring(slash).equals("/")) {
      return new Invalid("The invite has an unexpected path after the address");
    }
    if (authority.contains("@")) {
      return new Invalid("The invite's address must not contain '@'");
    }
    HostAddress.Check address = HostAddress.parse(authority.replace("%25", "%"));
    if (address instanceof HostAddress.Invalid invalid) {
      return new Invalid("In the invite: " + invalid.message());
    }
    Map<String, String> parameters = new HashMap<>();
    if (query >= 0) {
      for (String pair : rest.substring(query + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name;
        String value;
        try {
          name = decode(equals >= 0 ? pair.substring(0, equals) : pair).toLowerCase(Locale.ROOT);
          value = equals >= 0 ? decode(pair.substring(equals + 1)) : "";
        } catch (IllegalArgumentException e) {
          return new Invalid("The invite has a broken %-escape; copy it again");
        }
        if (SECRET_PARAMETERS.contains(name)) {
          return new Invalid(
              "This link carries a passphrase, which asciicall invites never do: the passphrase"
                  + " is no longer secret; ask the host for a new one and type it in");
        }
        if (parameters.putIfAbsent(name, value) != null) {
          return new Invalid("The invite names '" + name + "' twice");
        }
      }
    }
    String key = parameters.get("key");
    if (key == null || key.isEmpty()) {
      return new Invalid("The invite has no key=… (the host's fingerprint); copy the whole invite");
    }
    KeyFingerprint fingerprint;
    try {
      fingerprint = KeyFingerprint.parse(key);
    } catch (CryptoException e) {
      return new Invalid("In the invite, " + e.getMessage());
    }
    try {
      return new Valid(
          new Invite(
              ((HostAddress.Valid) address).address(),
              fingerprint,
              Optional.ofNullable(parameters.get("name"))));
    } catch (IllegalArgumentException e) {
      return new Invalid(e.getMessage());
    }
  }

  /** Whether {@code identity}, as the host proved it in the handshake, is the invited host. */
  public boolean isFrom(PublicIdentity identity) {
    return key.matches(identity);
  }

  /** The invite as a link, e.g. {@code asciicall://[2001:db8::5]:54555/?key=…}. */
  public String link() {
    String host = address.host();
    String authority =
        (host.contains(":") ? "[" + host.replace("%", "%25") + "]" : host) + ":" + address.port();
    StringBuilder link = new StringBuilder(PREFIX).append(authority).append("/?key=").append(key);
    callName.ifPresent(name -> link.append("&name=").append(encode(name)));
    return link.toString();
  }

  @Override
  public String toString() {
    return link();
  }

  private static void checkCallName(String name) {
    if (name.strip().length() > Limits.MAX_NAME_CHARS) {
      throw new IllegalArgumentException(
          "The call name in the invite is longer than " + Limits.MAX_NAME_CHARS + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("The call name in the invite has control characters");
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** Percent-encoding with {@code %20} for spaces (a {@code +} reads as a plus outside forms). */
  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
