package dev.asciicall.terminal;

/**
 * Turns the characters a raw-mode terminal sends into {@link Key}s: control bytes (Enter,
 * Backspace, Ctrl+C, Ctrl+L), escape sequences ({@code ESC [ A} and {@code ESC O A} arrows, others
 * swallowed whole so they never arrive as typed text) and a lone Escape, told apart from the start
 * of a sequence by a pause ({@link #idle}). Not thread-safe: the key-reading thread owns it.
 */
public final class KeyDecoder {

  private enum State {
    GROUND,
    ESCAPE,
    SEQUENCE
  }

  private State state = State.GROUND;

  /**
   * Feeds one character.
   *
   * @return the key it completes, or null while a sequence is incomplete
   */
  public Key feed(char c) {
    switch (state) {
      case ESCAPE:
        if (c == '[' || c == 'O') {
          state = State.SEQUENCE;
          return null;
        }
        state = State.GROUND;
        // Alt+key, or Escape pressed twice: neither is bound.
        return Key.of(Key.Type.OTHER);
      case SEQUENCE:
        if (c >= 0x40 && c <= 0x7E) {
          state = State.GROUND;
          return switch (c) {
            case 'A' -> Key.of(Key.Type.UP);
            case 'B' -> Key.of(Key.Type.DOWN);
            case 'C' -> Key.of(Key.Type.RIGHT);
            case 'D' -> Key.of(Key.Type.LEFT);
            default -> Key.of(Key.Type.OTHER);
          };
        }
        return null;
      default:
        return ground(c);
    }
  }

  /**
   * Called when no character came for a short while: a pending Escape was the Escape key.
   *
   * @return the Escape key, or null when nothing was pending
   */
  public Key idle() {
    if (state == State.ESCAPE) {
      state = State.GROUND;
      return Key.of(Key.Type.ESCAPE);
    }
    if (state == State.SEQUENCE) {
      state = State.GROUND;
      return Key.of(Key.Type.OTHER);
    }
    return null;
  }

  private Key ground(char c) {
    switch (c) {
      case 0x1B:
        state = State.ESCAPE;
        return null;
      case 3:
        return Key.of(Key.Type.INTERRUPT);
      case 12:
        return Key.of(Key.Type.REDRAW);
      case '\r':
      case '\n':
        return Key.of(Key.Type.ENTER);
      case 0x7F:
      case '\b':
        return Key.of(Key.Type.BACKSPACE);
      case '\t':
        return Key.of(Key.Type.TAB);
      default:
        return c < 0x20 || (c >= 0x80 && c < 0xA0) ? Key.of(Key.Type.OTHER) : Key.of(c);
    }
  }
}
