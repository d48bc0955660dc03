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

  /** Participants per call, the host included. */
  public static final int MAX_PARTICIPANTS = 24;

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

  static void requireText(String text, int maxChars, String what) {
    if (text == null) {
      throw new IllegalArgumentException(what + " missing");
    }
    if (text.length() > maxChars) {
      throw new IllegalArgumentException(what + " longer than " + maxChars + " characters");
    }
  }
}
