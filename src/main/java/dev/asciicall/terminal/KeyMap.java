package dev.asciicall.terminal;

/** Which keys are live: all of them in a call; in the preview only those about my own picture. */
public enum KeyMap {
  CALL,
  PREVIEW
}
