package dev.asciicall.terminal;

/**
 * What the keys have made of the screen: whether the chat input is open and what is typed in it,
 * and which overlays show.
 */
public record KeyState(
    KeyState.Mode mode, String chatDraft, boolean helpShown, boolean safetyCodesShown) {

  public enum Mode {
    /** Keys are commands. */
    COMMANDS,
    /** Keys type into the chat input until Enter or Escape. */
    CHAT_INPUT
  }

  public static final KeyState INITIAL = new KeyState(Mode.COMMANDS, "", false, false);

  public boolean typing() {
    return mode == Mode.CHAT_INPUT;
  }
}
