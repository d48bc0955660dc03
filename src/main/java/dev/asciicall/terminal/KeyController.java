package dev.asciicall.terminal;

/**
 * The keys of the terminal front end as a state machine: in {@link KeyState.Mode#COMMANDS} a key is
 * an action ({@code m} mute, {@code v} camera, {@code t} chat, {@code p} palette, {@code c} colour,
 * {@code d}/{@code D} detail, {@code s} safety codes, {@code ?} help, {@code q} leave); in {@link
 * KeyState.Mode#CHAT_INPUT} keys type a line until Enter sends it or Escape drops it. Ctrl+C leaves
 * from any state. Call actions go to {@link CallControls}; the rest changes the {@link KeyState}
 * the screen is drawn from.
 *
 * <p>Thread-safe: keys arrive on the key thread, the render thread reads {@link #state()}.
 */
public final class KeyController {

  /** The longest chat line the call protocol carries. */
  public static final int MAX_CHAT_CHARS = 500;

  private final CallControls controls;
  private final KeyMap keyMap;
  private KeyState state = KeyState.INITIAL;

  public KeyController(CallControls controls, KeyMap keyMap) {
    this.controls = controls;
    this.keyMap = keyMap;
  }

  public KeyMap keyMap() {
    return keyMap;
  }

  public synchronized KeyState state() {
    return state;
  }

  /**
   * Handles one key.
   *
   * @return whether the screen should be drawn again
   */
  public boolean press(Key key) {
    if (key.type() == Key.Type.INTERRUPT) {
      controls.leave();
      return false;
    }
    Runnable action;
    boolean redraw;
    synchronized (this) {
      KeyState before = state;
      action = state.typing() ? typing(key) : command(key);
      redraw = !state.equals(before);
    }
    // Outside the lock: the controls may take a moment, and the render thread reads state().
    if (action != null) {
      action.run();
    }
    return redraw || action != null;
  }

  private Runnable typing(Key key) {
    String draft = state.chatDraft();
    switch (key.type()) {
      case CHARACTER:
        if (draft.length() < MAX_CHAT_CHARS) {
          state = withDraft(draft + key.character());
        }
        return null;
      case BACKSPACE:
        if (!draft.isEmpty()) {
          state = withDraft(draft.substring(0, draft.length() - 1));
        }
        return null;
      case ENTER:
        state =
            new KeyState(KeyState.Mode.COMMANDS, "", state.helpShown(), state.safetyCodesShown());
        String line = draft.strip();
        return line.isEmpty() ? null : () -> controls.sendChat(line);
      case ESCAPE:
        state =
            new KeyState(KeyState.Mode.COMMANDS, "", state.helpShown(), state.safetyCodesShown());
        return null;
      default:
        return null;
    }
  }

  private Runnable command(Key key) {
    if (key.type() == Key.Type.ESCAPE && state.helpShown()) {
      state = new KeyState(state.mode(), state.chatDraft(), false, state.safetyCodesShown());
      return null;
    }
    if (key.type() != Key.Type.CHARACTER) {
      return null;
    }
    boolean call = keyMap == KeyMap.CALL;
    switch (key.character()) {
      case 'q':
        return controls::leave;
      case '?':
        state =
            new KeyState(
                state.mode(), state.chatDraft(), !state.helpShown(), state.safetyCodesShown());
        return null;
      case 'p':
        return controls::cyclePalette;
      case 'c':
        return controls::toggleColor;
      case 'd':
        return controls::moreDetail;
      case 'D':
        return controls::lessDetail;
      case 'v':
        return call ? controls::toggleCamera : null;
      case 'm':
        return call ? controls::toggleMute : null;
      case 't':
        if (call) {
          state =
              new KeyState(
                  KeyState.Mode.CHAT_INPUT, "", state.helpShown(), state.safetyCodesShown());
        }
        return null;
      case 's':
        if (call) {
          state =
              new KeyState(
                  state.mode(), state.chatDraft(), state.helpShown(), !state.safetyCodesShown());
        }
        return null;
      default:
        return null;
    }
  }

  private KeyState withDraft(String draft) {
    return new KeyState(state.mode(), draft, state.helpShown(), state.safetyCodesShown());
  }
}
