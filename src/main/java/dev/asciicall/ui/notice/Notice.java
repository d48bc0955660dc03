package dev.asciicall.ui.notice;

import java.util.Objects;

/**
 * A short notice shown inside the window: a join or leave, or a problem that says what to do.
 *
 * @param topic what it is about ("call", "audio", "camera"…): a newer notice on the same topic
 *     replaces the one showing instead of stacking under it; empty for notices that stand alone
 */
public record Notice(String text, Severity severity, String topic) {

  /** How much the notice matters; each has its own icon and colour. */
  public enum Severity {
    /** Something happened (a join, "Opening camera…"): shown briefly. */
    INFO,
    /** Something is missing or changed that the user may act on (no microphone, key changed). */
    WARNING,
    /** Something the user asked for failed (nothing listening, wrong passphrase, port in use). */
    ERROR
  }

  public Notice {
    Objects.requireNonNull(text);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(topic);
  }

  public static Notice info(String text) {
    return new Notice(text, Severity.INFO, "");
  }

  public static Notice warning(String text) {
    return new Notice(text, Severity.WARNING, "");
  }

  public static Notice error(String text) {
    return new Notice(text, Severity.ERROR, "");
  }

  /** The same notice about {@code newTopic}, so a later one on that topic replaces it. */
  public Notice about(String newTopic) {
    return new Notice(text, severity, newTopic);
  }
}
