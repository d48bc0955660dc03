package dev.asciicall.terminal;

/**
 * One key press as the terminal reports it.
 *
 * @param character the typed character for {@link Type#CHARACTER}, else {@code 0}
 */
public record Key(Type type, char character) {

  public enum Type {
    CHARACTER,
    ENTER,
    BACKSPACE,
    ESCAPE,
    TAB,
    /** Ctrl+C read as a key (the terminal in raw mode sends it as byte 3). */
    INTERRUPT,
    /** Ctrl+L: repaint the whole screen. */
    REDRAW,
    UP,
    DOWN,
    LEFT,
    RIGHT,
    /** A control key or escape sequence we do not use. */
    OTHER
  }

  public static Key of(char character) {
    return new Key(Type.CHARACTER, character);
  }

  public static Key of(Type type) {
    if (type == Type.CHARACTER) {
      throw new IllegalArgumentException("a character key needs its character");
    }
    return new Key(type, (char) 0);
  }

  public boolean is(char c) {
    return type == Type.CHARACTER && character == c;
  }
}
