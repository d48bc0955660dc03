package dev.asciicall.net;

/**
 * Video flow control for one stream: at most {@link #FRAMES} frames sent and not yet acknowledged,
 * and one waiting, which a newer frame replaces. A stalled receiver therefore holds a few frames at
 * most, and a sender is never blocked. Used by a participant for its own video ({@link
 * VideoUplink}) and by the relay for every (receiver, sender) pair ({@link Relay}). Not
 * thread-safe: its owner confines or locks it.
 *
 * @param <T> the frame
 */
final class CreditWindow<T> {

  /** Frames per stream sent and not yet acknowledged. */
  static final int FRAMES = 2;

  private T waiting;
  private int inFlight;

  /**
   * Makes {@code frame} the one waiting to go.
   *
   * @return whether it replaced a frame that never went out
   */
  boolean offer(T frame) {
    boolean replaced = waiting != null;
    waiting = frame;
    return replaced;
  }

  /** The frame that may go out now (one waits and a credit is free), or null; nothing changes. */
  T ready() {
    return inFlight < FRAMES ? waiting : null;
  }

  /** Takes the {@link #ready()} frame to send it, spending a credit; null if none is ready. */
  T take() {
    T frame = ready();
    if (frame != null) {
      waiting = null;
      inFlight++;
    }
    return frame;
  }

  /** The receiver finished with a frame: one credit comes back. */
  void acknowledged() {
    inFlight = Math.max(0, inFlight - 1);
  }
}
