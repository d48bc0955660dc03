package dev.asciicall.audio;

/** Loudness of a frame, for level meters, speaking indicators and the echo gate. */
public final class Loudness {

  private Loudness() {}

  /** Root mean square of a frame, 0 (silence) to 1 (full-scale square wave). */
  public static double rms(short[] frame) {
    long sum = 0;
    for (short sample : frame) {
      sum += (long) sample * sample;
    }
    return Math.sqrt((double) sum / frame.length) / 32768.0;
  }

  /** The level in dB below full scale; -100 for digital silence. */
  public static double decibels(double rms) {
    return rms <= 1e-5 ? -100 : 20 * Math.log10(rms);
  }
}
