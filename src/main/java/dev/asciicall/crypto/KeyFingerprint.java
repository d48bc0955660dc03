package dev.asciicall.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * A host's identity short enough for an invite link, e.g. {@code 7tq2m0c9x4vkd1r8h6j3ynbe5wzafgsp}:
 * 32 symbols of Crockford's base32 (digits and lower-case letters without i, l, o and u, so it
 * survives URLs, chat apps and being read aloud). The first 30 symbols are the first 150 bits of
 * SHA-256 over the Ed25519 key; finding another key with the same 150 bits is out of reach. The
 * last two symbols are a 10-bit check over the first 30, so a mistyped invite is reported as
 * mistyped (1 typo in 1,024 slips through) instead of as a host with the wrong key.
 *
 * @param text the 32 symbols, lower case
 */
public record KeyFingerprint(String text) {

  /** Symbols in a fingerprint. */
  public static final int LENGTH = 32;

  private static final int HASH_SYMBOLS = 30;
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final byte[] CHECK_LABEL =
      "asciicall key fingerprint check v1".getBytes(StandardCharsets.US_ASCII);

  public KeyFingerprint {
    if (text == null
        || text.length() != LENGTH
        || !text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
        || !checkSymbols(text).equals(text.substring(HASH_SYMBOLS))) {
      throw new IllegalArgumentException("not a key fingerprint: use KeyFingerprint.parse");
    }
  }

  /** The fingerprint of {@code identity}'s key. */
  public static KeyFingerprint of(PublicIdentity identity) {
    byte[] digest = sha256(new byte[0], identity.toBytes());
    StringBuilder symbols = new StringBuilder(LENGTH);
    for (int i = 0; i < HASH_SYMBOLS; i++) {
      symbols.append(ALPHABET.charAt(bits(digest, i * 5, 5)));
    }
    symbols.append(checkSymbols(symbols));
    return new KeyFingerprint(symbols.toString());
  }

  /**
   * Reads a fingerprint as typed or pasted: case does not matter, dashes and spaces are skipped,
   * and the look-alikes {@code o}, {@code i} and {@code l} are read as {@code 0} and {@code 1}.
   *
   * @throws CryptoException with one line saying what is wrong (length, a symbol, a typo)
   */
  public static KeyFingerprint parse(String typed) throws CryptoException {
    StringBuilder symbols = new StringBuilder(LENGTH);
    String lower = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '-' || c == ' ') {
        continue;
      }
      char normalised = c == 'o' ? '0' : c == 'i' || c == 'l' ? '1' : c;
      if (ALPHABET.indexOf(normalised) < 0) {
        throw new CryptoException(
            "the key fingerprint has a character that cannot be in one: '" + c + "'");
      }
      symbols.append(normalised);
    }
    if (symbols.length() != LENGTH) {
      throw new CryptoException(
          "the key fingerprint has "
              + symbols.length()
              + " characters instead of "
              + LENGTH
              + "; copy the whole invite");
    }
    if (!checkSymbols(symbols.subSequence(0, HASH_SYMBOLS))
        .equals(symbols.substring(HASH_SYMBOLS))) {
      throw new CryptoException("the key fingerprint is mistyped; copy the invite again");
    }
    return new KeyFingerprint(symbols.toString());
  }

  /** Whether {@code identity} is the key this fingerprint was made from (constant time). */
  public boolean matches(PublicIdentity identity) {
    return MessageDigest.isEqual(
        of(identity).text.getBytes(StandardCharsets.US_ASCII),
        text.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return text;
  }

  private static String checkSymbols(CharSequence hashSymbols) {
    if (hashSymbols.length() < HASH_SYMBOLS) {
      return "";
    }
    byte[] ascii =
        hashSymbols.subSequence(0, HASH_SYMBOLS).toString().getBytes(StandardCharsets.US_ASCII);
    byte[] digest = sha256(CHECK_LABEL, ascii);
    return "" + ALPHABET.charAt(bits(digest, 0, 5)) + ALPHABET.charAt(bits(digest, 5, 5));
  }

  /**
   * {@code count} (at most 8) bits of {@code bytes} from bit {@code offset}, most significant
   * first.
   */
  private static int bits(byte[] bytes, int offset, int count) {
    int word = ((bytes[offset / 8] & 0xFF) << 8) | (bytes[offset / 8 + 1] & 0xFF);
    return (word >>> (16 - count - offset % 8)) & ((1 << count) - 1);
  }

  private static byte[] sha256(byte[] label, byte[] data) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(label);
      return sha256.digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
