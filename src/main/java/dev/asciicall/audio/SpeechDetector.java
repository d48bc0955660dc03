package dev.asciicall.audio;

/**
 * Decides whether someone is speaking from the level of consecutive frames: on as soon as a frame
 * is above -45 dBFS, off only after 300 ms below it, so the indicator does not flicker between
 * syllables. Not thread-safe: one instance per stream, fed by one thread.
 */
final class SpeechDetector {

  static final double THRESHOLD_RMS = Math.pow(10, -45 / 20.0);
  private static final int HANGOVER_FRAMES = 15;

  private int framesSinceLoud = HANGOVER_FRAMES;

  /** Feeds one frame's RMS; returns whether the speaker counts as speaking now. */
  boolean update(double rms) {
    if (rms >= THRESHOLD_RMS) {
      framesSinceLoud = 0;
    } else if (framesSinceLoud < HANGOVER_FRAMES) {
      framesSinceLoud++;
    }
    return framesSinceLoud < HANGOVER_FRAMES;
  }
}
