package dev.asciicall.call;

/** Where the window's call is; a failed attempt or a finished call is {@link #ENDED}. */
public enum CallState {
  IDLE,
  CONNECTING,
  HOSTING,
  JOINED,
  ENDED;

  /** Whether a new call may be hosted or joined from this state. */
  public boolean canStart() {
    return this == IDLE || this == ENDED;
  }

  /** Whether there is a call (or an attempt) to leave. */
  public boolean inCall() {
    return this == CONNECTING || this == HOSTING || this == JOINED;
  }
}
