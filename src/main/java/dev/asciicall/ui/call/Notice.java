package dev.asciicall.ui.call;

/**
 * A short notice for the corner of the window: a join or leave, or a problem that says what to do.
 */
public record Notice(String text, Kind kind) {

  public enum Kind {
    /** Joins and leaves: shown briefly. */
    INFORMATION,
    /** Problems: shown longer, they say what to do. */
    WARNING
  }

  static Notice inform(String text) {
    return new Notice(text, Kind.INFORMATION);
  }

  static Notice warn(String text) {
    return new Notice(text, Kind.WARNING);
  }
}
