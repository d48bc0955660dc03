package dev.asciicall.terminal;

/**
 * What the keys of the terminal front end ask the call to do. The wiring implements it against
 * {@code CallService} and the local video pipeline; tests record the calls.
 *
 * <p>Thread: called on the key-reading thread (or a signal thread for {@link #leave}); return
 * quickly, hand slow work to another thread.
 */
public interface CallControls {

  /** {@code m}: mute the microphone, or unmute it. */
  void toggleMute();

  /** {@code v}: stop sending video and show "camera off", or start again. */
  void toggleCamera();

  /**
   * Enter in the chat input: send a line (never blank, at most {@link
   * KeyController#MAX_CHAT_CHARS}).
   */
  void sendChat(String text);

  /** {@code p}: the next palette or render mode for what I send. */
  void cyclePalette();

  /** {@code c}: colour on or off in what I send. */
  void toggleColor();

  /** {@code d}: more columns in what I send. */
  void moreDetail();

  /** {@code D}: fewer columns in what I send. */
  void lessDetail();

  /** {@code q}, Ctrl+C or SIGINT: leave the call (or end the preview). May be called twice. */
  void leave();
}
