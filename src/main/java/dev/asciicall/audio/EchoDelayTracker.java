package dev.asciicall.audio;

/**
 * Follows the delay between what the speakers play and when its echo reaches the microphone, so
 * {@link WebRtcVoiceProcessor} can keep the echo canceller's reference where AEC3 learnt it when
 * the device's delay jumps (a device or buffer change mid-call): AEC3's own delay estimator needs
 * 1.5–2.5 s to follow a jump of 120 ms, this one under one second, and shifting the reference back
 * keeps everything AEC3 learnt about the room valid.
 *
 * <p>Every 200 ms it cross-correlates the last 0.5 s of microphone with the far end over lags of
 * 0–500 ms (GCC-PHAT at 8 kHz: whitened, so speech's own periodicity does not smear the peak). A
 * peak that stands out and is found twice in a row is a delay. The first delay found is the one
 * AEC3 is left to learn; when a later one differs by more than {@link #JUMP_MILLIS}, the reference
 * is shifted by the difference. Small drifts are AEC3's to follow. The shift cannot undo a delay
 * that drops below the first one (that would need far-end sound not yet played): AEC3 follows those
 * itself.
 *
 * <p>Counts samples, not time: the k-th microphone sample is compared with the k-th far-end sample,
 * so bursts in how frames are handed over do not look like delay changes. Capture thread only (the
 * far-end frames are handed over to it).
 */
final class EchoDelayTracker {

  static final int DECIMATION = 6;
  static final int RATE = AudioFormats.SAMPLE_RATE / DECIMATION;
  private static final int WINDOW = 4096;
  private static final int MAX_LAG = RATE / 2;
  private static final int FFT_SIZE = 8192;
  private static final int HISTORY = 16384;
  private static final int EVERY = RATE / 10;

  /** Changes smaller than this are left to AEC3. */
  static final int JUMP_MILLIS = 4;

  /** Longest shift of the reference: the far end kept for it. */
  static final int MAX_SHIFT_SAMPLES = AudioFormats.SAMPLE_RATE / 2;

  /** How far (in standard deviations) a peak must stand above the other lags. */
  private static final double MIN_PEAK_SCORE = 9;

  /** Far end quieter than this (-55 dBFS) gives no estimate. */
  private static final double MIN_FAR_POWER = Math.pow(10, -55 / 10.0);

  private final double[] far = new double[HISTORY];
  private final double[] near = new double[HISTORY];
  private long farCount;
  private long nearCount;
  private double farSum;
  private int farPhase;
  private double nearSum;
  private int nearPhase;
  private long nextEstimateAt = WINDOW + MAX_LAG;

  private final double[] re = new double[FFT_SIZE];
  private final double[] im = new double[FFT_SIZE];
  private final double[] cross = new double[2 * FFT_SIZE];
  private final Fft fft = new Fft(FFT_SIZE);

  private double pending = Double.NaN;
  private double baseline = Double.NaN;
  private int shift;
  private double lastEstimate = Double.NaN;
  private double lastScore;

  /** A frame just played (the far end as it left for the speakers). */
  void played(short[] frame) {
    for (short sample : frame) {
      farSum += sample;
      if (++farPhase == DECIMATION) {
        far[(int) (farCount++ % HISTORY)] = farSum / (DECIMATION * 32768.0);
        farSum = 0;
        farPhase = 0;
      }
    }
  }

  /** A frame as the microphone captured it, before any processing. */
  void captured(short[] frame) {
    for (short sample : frame) {
      nearSum += sample;
      if (++nearPhase == DECIMATION) {
        near[(int) (nearCount++ % HISTORY)] = nearSum / (DECIMATION * 32768.0);
        nearSum = 0;
        nearPhase = 0;
      }
    }
    long end = Math.min(nearCount, farCount);
    if (end >= nextEstimateAt) {
      nextEstimateAt = end + EVERY;
      estimate(end);
    }
  }

  /** How many 48 kHz samples the echo canceller's reference should be held back now. */
  int shiftSamples() {
    return shift;
  }

  /** The last delay found, in ms, or NaN (for tests and logs). */
  double lastDelayMillis() {
    return lastEstimate * 1000 / RATE;
  }

  double lastScore() {
    return lastScore;
  }

  private void estimate(long end) {
    // Far end over [end - WINDOW - MAX_LAG, end); microphone over [end - WINDOW, end), placed at
    // MAX_LAG so that lags 0..MAX_LAG do not wrap around.
    long farStart = end - WINDOW - MAX_LAG;
    double farPower = 0;
    // One complex transform for both: the far end as the real part, the microphone as the
    // imaginary part; their spectra are separated by symmetry below.
    for (int i = 0; i < FFT_SIZE; i++) {
      double value = i < WINDOW + MAX_LAG ? far[(int) ((farStart + i) % HISTORY)] : 0;
      re[i] = value;
      farPower += value * value;
      im[i] = i >= MAX_LAG && i < WINDOW + MAX_LAG ? near[(int) ((farStart + i) % HISTORY)] : 0;
    }
    if (farPower / (WINDOW + MAX_LAG) < MIN_FAR_POWER) {
      return;
    }
    fft.forward(re, im);
    for (int k = 0; k < FFT_SIZE; k++) {
      int mirror = (FFT_SIZE - k) & (FFT_SIZE - 1);
      // Far: (Z[k] + conj Z[-k]) / 2; near: (Z[k] - conj Z[-k]) / 2i.
      double farRe = (re[k] + re[mirror]) / 2;
      double farIm = (im[k] - im[mirror]) / 2;
      double nearRe = (im[k] + im[mirror]) / 2;
      double nearIm = (re[mirror] - re[k]) / 2;
      // near × conj(far), whitened (PHAT)
      double crossRe = nearRe * farRe + nearIm * farIm;
      double crossIm = nearIm * farRe - nearRe * farIm;
      double magnitude = Math.sqrt(crossRe * crossRe + crossIm * crossIm) + 1e-20;
      cross[2 * k] = crossRe / magnitude;
      cross[2 * k + 1] = crossIm / magnitude;
    }
    for (int k = 0; k < FFT_SIZE; k++) {
      re[k] = cross[2 * k];
      im[k] = cross[2 * k + 1];
    }
    fft.inverse(re, im);
    int peak = 0;
    double sum = 0;
    double squares = 0;
    for (int lag = 0; lag <= MAX_LAG; lag++) {
      double value = re[lag];
      sum += value;
      squares += value * value;
      if (value > re[peak]) {
        peak = lag;
      }
    }
    int count = MAX_LAG + 1;
    double mean = sum / count;
    double deviation = Math.sqrt(Math.max(squares / count - mean * mean, 1e-30));
    lastScore = (re[peak] - mean) / deviation;
    if (lastScore < MIN_PEAK_SCORE) {
      return;
    }
    double delay = peak + interpolate(peak);
    lastEstimate = delay;
    decide(delay);
  }

  /** Parabolic interpolation around the peak: the fraction of a sample it lies off. */
  private double interpolate(int peak) {
    if (peak == 0 || peak == MAX_LAG) {
      return 0;
    }
    double left = re[peak - 1];
    double middle = re[peak];
    double right = re[peak + 1];
    double curvature = left - 2 * middle + right;
    return curvature < 0 ? 0.5 * (left - right) / curvature : 0;
  }

  private void decide(double delay) {
    boolean confirmed = Math.abs(delay - pending) <= 1;
    pending = delay;
    if (!confirmed) {
      return;
    }
    if (Double.isNaN(baseline)) {
      baseline = delay;
      return;
    }
    double change = delay - baseline;
    if (Math.abs(change) * 1000 / RATE < JUMP_MILLIS) {
      return;
    }
    shift = (int) Math.max(0, Math.min(MAX_SHIFT_SAMPLES, shift + Math.round(change * DECIMATION)));
    baseline = delay;
  }
}
