package dev.asciicall.audio;

/** Measurements on recorded audio for tests. */
public final class Signals {

  private Signals() {}

  /** The frequency of a tone estimated from its rising zero crossings, in Hz. */
  public static double frequency(short[] samples, int from, int to) {
    int crossings = 0;
    int first = -1;
    int last = -1;
    for (int i = from + 1; i < to; i++) {
      if (samples[i - 1] < 0 && samples[i] >= 0) {
        crossings++;
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (crossings < 2) {
      return 0;
    }
    return (crossings - 1) * (double) AudioFormats.SAMPLE_RATE / (last - first);
  }

  /** Share of the signal's energy at {@code hertz} (Goertzel), 0 to 1; a pure tone gives ~1. */
  public static double purity(short[] samples, int from, int to, double hertz) {
    double coefficient = 2 * Math.cos(2 * Math.PI * hertz / AudioFormats.SAMPLE_RATE);
    double previous = 0;
    double beforePrevious = 0;
    double total = 0;
    for (int i = from; i < to; i++) {
      double value = samples[i];
      double current = value + coefficient * previous - beforePrevious;
      beforePrevious = previous;
      previous = current;
      total += value * value;
    }
    double power =
        previous * previous
            + beforePrevious * beforePrevious
            - coefficient * previous * beforePrevious;
    int length = to - from;
    return total == 0 ? 0 : (2 * power / length) / total;
  }

  /**
   * The frequency between {@code lowHertz} and {@code highHertz} (1 Hz steps) holding the most
   * energy. Unlike counting zero crossings, a few glitches (a concealed frame, a skipped one) do
   * not move it.
   */
  public static double dominantFrequency(
      short[] samples, int from, int to, int lowHertz, int highHertz) {
    double best = 0;
    int bestHertz = lowHertz;
    for (int hertz = lowHertz; hertz <= highHertz; hertz++) {
      double share = purity(samples, from, to, hertz);
      if (share > best) {
        best = share;
        bestHertz = hertz;
      }
    }
    return bestHertz;
  }

  /** One measurement per block of {@code blockSamples}, the median of them. */
  public static double blockMedian(
      short[] samples, int from, int to, int blockSamples, Measure measure) {
    java.util.List<Double> values = new java.util.ArrayList<>();
    for (int start = from; start + blockSamples <= to; start += blockSamples) {
      values.add(measure.of(samples, start, start + blockSamples));
    }
    java.util.Collections.sort(values);
    return values.isEmpty() ? 0 : values.get(values.size() / 2);
  }

  /** A measurement on a range of samples. */
  @FunctionalInterface
  public interface Measure {
    double of(short[] samples, int from, int to);
  }

  public static double rms(short[] samples, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += (double) samples[i] * samples[i];
    }
    return Math.sqrt(sum / (to - from)) / 32768.0;
  }
}
