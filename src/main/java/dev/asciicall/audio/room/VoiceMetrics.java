package dev.asciicall.audio.room;

import dev.asciicall.audio.AudioFormats;

/** The figures of the voice trials, computed from whole signals (48 kHz, -1 to 1). */
public final class VoiceMetrics {

  static final int FRAME = AudioFormats.FRAME_SAMPLES;

  /** A 20 ms frame of clean speech above this (-50 dBFS) counts as speech. */
  private static final double ACTIVE_POWER = Math.pow(10, -50 / 10.0);

  /** Frames this close to speech count as neither speech nor pause (reverb, processing lag). */
  private static final int GUARD_FRAMES = 3;

  /** How far below a settled canceller's own ERLE a window may be and still count as back. */
  public static final double STEADY_TOLERANCE_DECIBELS = 3;

  private VoiceMetrics() {}

  /**
   * A Pearson correlation, the lag of the processed signal at which it was found, and how loud the
   * reference is in the processed signal there (the least-squares gain, in dB: 0 means intact, -26
   * means ducked by a gate).
   */
  public record Correlation(double value, int lagSamples, double levelDecibels) {
    public double lagMillis() {
      return lagSamples * 1000.0 / AudioFormats.SAMPLE_RATE;
    }
  }

  /**
   * Echo return loss enhancement: how much quieter the processed signal is than the captured one,
   * in dB, over samples {@code [from, to)} (where only the far end talks).
   */
  public static double erle(double[] captured, double[] processed, int from, int to) {
    return decibels(power(captured, from, to) / Math.max(power(processed, from, to), 1e-20));
  }

  /**
   * The best correlation of {@code processed} with {@code reference} over {@code [from, to)},
   * allowing the processed signal to lag by up to {@code maxLag} samples (processing delay).
   */
  public static Correlation correlation(
      double[] reference, double[] processed, int from, int to, int maxLag) {
    // Coarse every 6 samples (a speech correlation peak is wider than that), then the neighbours.
    Correlation best = new Correlation(-1, 0, -100);
    for (int lag = 0; lag <= maxLag; lag += 6) {
      best = better(best, correlationAt(reference, processed, from, to, lag));
    }
    int coarse = best.lagSamples();
    for (int lag = Math.max(0, coarse - 5); lag <= Math.min(maxLag, coarse + 5); lag++) {
      best = better(best, correlationAt(reference, processed, from, to, lag));
    }
    return best;
  }

  private static Correlation better(Correlation a, Correlation b) {
    return b.value() > a.value() ? b : a;
  }

  private static Correlation correlationAt(
      double[] reference, double[] processed, int from, int to, int lag) {
    double cross = 0;
    double referencePower = 0;
    double processedPower = 0;
    for (int i = from; i < to && i + lag < processed.length; i++) {
      cross += reference[i] * processed[i + lag];
      referencePower += reference[i] * reference[i];
      processedPower += processed[i + lag] * processed[i + lag];
    }
    double value = cross / Math.sqrt(Math.max(referencePower * processedPower, 1e-30));
    double gain = cross / Math.max(referencePower, 1e-30);
    return new Correlation(value, lag, 20 * Math.log10(Math.max(gain, 1e-5)));
  }

  /**
   * Seconds after {@code change} until the echo canceller is back: the start of the first 500 ms
   * window from which on every window with echo in it (captured above -50 dBFS) has an ERLE of at
   * least {@code thresholdDecibels}. Infinite when that never happens before {@code end}.
   */
  public static double reconvergenceSeconds(
      double[] captured, double[] processed, int change, int end, double thresholdDecibels) {
    return reconvergenceSeconds(captured, processed, null, change, end, thresholdDecibels);
  }

  /**
   * Like {@link #reconvergenceSeconds(double[], double[], int, int, double)}, but a window also
   * counts as back when it is no worse than {@value #STEADY_TOLERANCE_DECIBELS} dB below {@code
   * steady}: the same processor's output for the same capture from a take in which the delay never
   * changed, provided that one reaches the threshold over the whole stretch after the change. A
   * settled canceller has short stretches under the threshold of its own (a far-end sound it cannot
   * cancel linearly); those are not the change's doing.
   */
  public static double reconvergenceSeconds(
      double[] captured,
      double[] processed,
      double[] steady,
      int change,
      int end,
      double thresholdDecibels) {
    if (steady != null && erle(captured, steady, change, end) < thresholdDecibels) {
      // A canceller that is not settled there either (the echo gate) is no yardstick.
      steady = null;
    }
    int window = AudioFormats.SAMPLE_RATE / 2;
    int hop = AudioFormats.SAMPLE_RATE / 10;
    double settledAt = Double.POSITIVE_INFINITY;
    for (int start = end - window; start >= change; start -= hop) {
      if (power(captured, start, start + window) < ACTIVE_POWER) {
        continue;
      }
      double erle = erle(captured, processed, start, start + window);
      double wanted =
          steady == null
              ? thresholdDecibels
              : Math.min(
                  thresholdDecibels,
                  erle(captured, steady, start, start + window) - STEADY_TOLERANCE_DECIBELS);
      if (erle < wanted) {
        break;
      }
      settledAt = start;
    }
    return (settledAt - change) / AudioFormats.SAMPLE_RATE;
  }

  /** Which 20 ms frames of a clean signal hold speech. */
  public static boolean[] activeFrames(double[] clean) {
    boolean[] active = new boolean[clean.length / FRAME];
    for (int f = 0; f < active.length; f++) {
      active[f] = power(clean, f * FRAME, (f + 1) * FRAME) > ACTIVE_POWER;
    }
    return active;
  }

  /** Mean power over the speech frames. */
  public static double activePower(double[] signal, boolean[] active) {
    return meanPower(signal, active, true);
  }

  /** Mean power over the pauses, away from speech by a guard of 60 ms either side. */
  public static double pausePower(double[] signal, boolean[] active) {
    return meanPower(signal, active, false);
  }

  /**
   * The signal-to-noise ratio of a signal whose clean speech frames are {@code active}:
   * speech-frame power less the noise (the pause power) over the noise, in dB.
   */
  public static double snr(double[] signal, boolean[] active) {
    double noise = pausePower(signal, active);
    double speech = activePower(signal, active) - noise;
    return decibels(Math.max(speech, 1e-20) / Math.max(noise, 1e-20));
  }

  private static double meanPower(double[] signal, boolean[] active, boolean speech) {
    double sum = 0;
    long count = 0;
    for (int f = 0; f < active.length; f++) {
      if (speech ? active[f] : isPause(active, f)) {
        sum += power(signal, f * FRAME, (f + 1) * FRAME) * FRAME;
        count += FRAME;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  private static boolean isPause(boolean[] active, int frame) {
    for (int f = Math.max(0, frame - GUARD_FRAMES);
        f <= Math.min(active.length - 1, frame + GUARD_FRAMES);
        f++) {
      if (active[f]) {
        return false;
      }
    }
    return true;
  }

  static double power(double[] signal, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += signal[i] * signal[i];
    }
    return to > from ? sum / (to - from) : 0;
  }

  static double decibels(double ratio) {
    return 10 * Math.log10(ratio);
  }
}
