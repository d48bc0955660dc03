package dev.asciicall.audio;

/**
 * Keeps a user on speakers from sending the others their own voices back: while the far end is
 * audible from our speakers and the microphone is not clearly louder than what is being played, the
 * microphone is turned down by 26 dB. A user who talks over the others (clearly louder than the
 * echo) still gets through, so this is a soft half-duplex gate, not a mute.
 *
 * <p>Calls no longer use it: {@link VoiceProcessing} cancels echo while both sides speak (full
 * duplex). The gate stays as the baseline {@code asciicall bench voice} measures the echo canceller
 * against, as it would behave in a call.
 *
 * <p>{@link #farEndPlayed} is called from the playback thread, {@link #process} from the capture
 * thread; they share two volatile fields.
 */
public final class EchoGate {

  /** The microphone must be this much louder than the far end to pass during far-end speech. */
  private static final double DOUBLE_TALK_RATIO = 2.0;

  /** Gain while gated: -26 dB. */
  static final double GATED_GAIN = 0.05;

  /** How long the room keeps echoing (and device buffers keep playing) after the far end stops. */
  private static final long HOLD_NANOS = 250_000_000L;

  private volatile double farEndLevel;
  private volatile long farEndUntilNanos = Long.MIN_VALUE;

  private double gain = 1.0;

  /** Records the level of a frame just handed to the speakers. Playback thread. */
  public void farEndPlayed(double rms, long nowNanos) {
    if (rms >= SpeechDetector.THRESHOLD_RMS) {
      farEndLevel = rms;
      farEndUntilNanos = nowNanos + HOLD_NANOS;
    }
  }

  /**
   * Attenuates {@code frame} in place when it is probably echo. Capture thread.
   *
   * @param micRms the frame's level, already measured by the caller
   * @return whether the frame was turned down
   */
  public boolean process(short[] frame, double micRms, long nowNanos) {
    boolean farEndActive = nowNanos - farEndUntilNanos < 0;
    double target = farEndActive && micRms < farEndLevel * DOUBLE_TALK_RATIO ? GATED_GAIN : 1.0;
    if (target == 1.0 && gain == 1.0) {
      return false;
    }
    // Ramp across the frame so the gate opening or closing does not click.
    double step = (target - gain) / frame.length;
    for (int i = 0; i < frame.length; i++) {
      gain += step;
      frame[i] = (short) Math.round(frame[i] * gain);
    }
    gain = target;
    return target < 1.0;
  }
}
