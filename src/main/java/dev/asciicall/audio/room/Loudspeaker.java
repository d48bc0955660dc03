package dev.asciicall.audio.room;

import dev.asciicall.audio.AudioFormats;

/**
 * A small laptop loudspeaker: no bass below ~200 Hz and a soft saturation that starts to bend peaks
 * above about a third of full scale (mild harmonic distortion, as when the volume is high). What it
 * adds is not in the echo canceller's reference, which is the point of having it.
 */
public final class Loudspeaker {

  private static final double CORNER_HERTZ = 200;
  private static final double DRIVE = 1.5;

  private Loudspeaker() {}

  /** The sound the loudspeaker makes from {@code signal} (-1 to 1). */
  public static double[] play(double[] signal) {
    double[] out = new double[signal.length];
    double pole = Math.exp(-2 * Math.PI * CORNER_HERTZ / AudioFormats.SAMPLE_RATE);
    double previousIn = 0;
    double previousOut = 0;
    for (int i = 0; i < signal.length; i++) {
      double saturated = Math.tanh(DRIVE * signal[i]) / DRIVE;
      // One-pole high-pass: the cone cannot move enough air for bass.
      double filtered = pole * (previousOut + saturated - previousIn);
      previousIn = saturated;
      previousOut = filtered;
      out[i] = filtered;
    }
    return out;
  }
}
