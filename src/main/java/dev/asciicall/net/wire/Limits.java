package dev.asciicall.net.wire;

/** The largest valid values of every field; buffers are sized from these. */
public final class Limits {

  public static final int MAX_NAME_CHARS = 40;
  public static final int MAX_VERSION_CHARS = 32;
  public static final int MAX_CHAT_CHARS = 500;

  /** Largest encoded ASCII frame; a 160×60 grid with colour fits several times over. */
  public static final int MAX_VIDEO_PAYLOAD = 64 * 1024;

  /** Largest Opus packet of one 20 ms frame (Opus itself never exceeds 1275 bytes). */
  public static final int MAX_AUDIO_PAYLOAD = 1275;

  /** Largest serialized message: a video frame plus its header. */
  public static final int MAX_MESSAGE_BYTES = MAX_VIDEO_PAYLOAD + 256;

  /** Bytes an end-to-end media seal adds to a payload (header and tag; see crypto.MediaSealer). */
  public static final int MEDIA_SEAL_OVERHEAD = 31;

  /** Largest handshake, passphrase or key message (an SRP proof is 290 bytes). */
  public static final int MAX_HANDSHAKE_BYTES = 1024;

  /** Largest TCP envelope: the largest message plus the channel's header and tag. */
  public static final int MAX_ENVELOPE_BYTES = MAX_MESSAGE_BYTES + 64;

  /** Largest UDP envelope; datagrams carry small audio packets only. */
  public static final int MAX_DATAGRAM_ENVELOPE_BYTES = 4096;

  /** Length of the random call id chosen by the host. */
  public static final int MAX_CALL_ID_BYTES = 32;

  /**
   * Participants a host may be configured to admit at most, the host included (the default limit is
   * lower: {@code HostOptions.DEFAULT_PARTICIPANTS}, what one relay core was measured to carry).
   */
  public static final int MAX_PARTICIPANTS = 128;

  /** Highest participant id; ids are not reused within a call. */
  public static final int MAX_ID = 1_000_000;

  private Limits() {}

  static void requireId(int id) {
    if (id < 0 || id > MAX_ID) {
      throw new IllegalArgumentException("participant id out of range: " + id);
    }
  }

  static void requireName(String name) {
    requireText(name, MAX_NAME_CHARS, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }

  static void requireBytes(byte[] bytes, int minLength, int maxLength, String what) {
    if (bytes == null) {
      throw new IllegalArgumentException(what + " missing");
    }
    if (bytes.length < minLength || bytes.length > maxLength) {
      throw new IllegalArgumentException(what + " of " + bytes.length + " bytes");
    }
  }

  static void requireText(String text, int maxChars, String what) {
    if (text == null) {
      throw new IllegalArgumentException(what + " missing");
    }
    if (text.length() > maxChars) {
      throw new IllegalArgumentException(what + " longer than " + maxChars + " characters");
    }
  }
}
