package dev.asciicall.audio;

/**
 * An in-place radix-2 complex FFT of one size, with its twiddle factors computed once: enough for
 * {@link EchoDelayTracker}'s cross-correlation (two 8192-point transforms every 100 ms). Not
 * thread-safe only in the sense that the arrays passed in are changed; the tables are read-only.
 */
final class Fft {

  private final int size;
  private final double[] cos;
  private final double[] sin;

  /**
   * @param size a power of two
   */
  Fft(int size) {
    if (Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("FFT size must be a power of two: " + size);
    }
    this.size = size;
    cos = new double[size / 2];
    sin = new double[size / 2];
    for (int k = 0; k < size / 2; k++) {
      cos[k] = Math.cos(2 * Math.PI * k / size);
      sin[k] = -Math.sin(2 * Math.PI * k / size);
    }
  }

  /** Forward transform of {@code (re, im)} in place. */
  void forward(double[] re, double[] im) {
    transform(re, im, 1);
  }

  /** Inverse transform in place, scaled by 1/size so that it undoes {@link #forward}. */
  void inverse(double[] re, double[] im) {
    transform(re, im, -1);
    for (int i = 0; i < size; i++) {
      re[i] /= size;
      im[i] /= size;
    }
  }

  private void transform(double[] re, double[] im, int direction) {
    int n = size;
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int length = 2; length <= n; length <<= 1) {
      int half = length / 2;
      int step = n / length;
      for (int start = 0; start < n; start += length) {
        for (int k = 0; k < half; k++) {
          double wRe = cos[k * step];
          double wIm = direction * sin[k * step];
          int a = start + k;
          int b = a + half;
          double bRe = re[b] * wRe - im[b] * wIm;
          double bIm = re[b] * wIm + im[b] * wRe;
          re[b] = re[a] - bRe;
          im[b] = im[a] - bIm;
          re[a] += bRe;
          im[a] += bIm;
        }
      }
    }
  }
}
