package dev.asciicall.capture;

/** What the capture service is doing, for the status bar. */
public enum CaptureState {
  /** Not started, or stopped. */
  STOPPED,
  /**
   * The chosen source is being opened (camera discovery can take a few seconds); frames come from
   * the fallback meanwhile.
   */
  STARTING,
  /** Delivering frames from the source the user chose. */
  RUNNING,
  /**
   * The chosen source failed (no camera, busy, unplugged); frames come from the fallback (the demo
   * scene) while the service retries the chosen one.
   */
  FALLBACK
}
