package dev.asciicall.audio.room;

/** Fast convolution for the room: overlap-add with an in-place radix-2 complex FFT. */
final class Convolution {

  private Convolution() {}

  /** Transforms {@code real}/{@code imaginary} in place; {@code inverse} also scales by 1/n. */
  static void transform(double[] real, double[] imaginary, boolean inverse) {
    int n = real.length;
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = real[i];
        real[i] = real[j];
        real[j] = t;
        t = imaginary[i];
        imaginary[i] = imaginary[j];
        imaginary[j] = t;
      }
    }
    for (int length = 2; length <= n; length <<= 1) {
      double angle = 2 * Math.PI / length * (inverse ? 1 : -1);
      double stepReal = Math.cos(angle);
      double stepImaginary = Math.sin(angle);
      for (int start = 0; start < n; start += length) {
        double wReal = 1;
        double wImaginary = 0;
        for (int k = 0; k < length / 2; k++) {
          int a = start + k;
          int b = a + length / 2;
          double bReal = real[b] * wReal - imaginary[b] * wImaginary;
          double bImaginary = real[b] * wImaginary + imaginary[b] * wReal;
          real[b] = real[a] - bReal;
          imaginary[b] = imaginary[a] - bImaginary;
          real[a] += bReal;
          imaginary[a] += bImaginary;
          double next = wReal * stepReal - wImaginary * stepImaginary;
          wImaginary = wReal * stepImaginary + wImaginary * stepReal;
          wReal = next;
        }
      }
    }
    if (inverse) {
      for (int i = 0; i < n; i++) {
        real[i] /= n;
        imaginary[i] /= n;
      }
    }
  }

  /** The linear convolution of {@code signal} with {@code impulse}, as long as {@code signal}. */
  static double[] of(double[] signal, double[] impulse) {
    int size = Integer.highestOneBit(Math.max(impulse.length, 2) * 4 - 1) << 1;
    int block = size - impulse.length + 1;
    double[] kernelReal = new double[size];
    double[] kernelImaginary = new double[size];
    System.arraycopy(impulse, 0, kernelReal, 0, impulse.length);
    transform(kernelReal, kernelImaginary, false);
    double[] out = new double[signal.length];
    double[] real = new double[size];
    double[] imaginary = new double[size];
    for (int start = 0; start < signal.length; start += block) {
      java.util.Arrays.fill(real, 0);
      java.util.Arrays.fill(imaginary, 0);
      System.arraycopy(signal, start, real, 0, Math.min(block, signal.length - start));
      transform(real, imaginary, false);
      for (int i = 0; i < size; i++) {
        double r = real[i] * kernelReal[i] - imaginary[i] * kernelImaginary[i];
        imaginary[i] = real[i] * kernelImaginary[i] + imaginary[i] * kernelReal[i];
        real[i] = r;
      }
      transform(real, imaginary, true);
      for (int i = 0; i < size && start + i < out.length; i++) {
        out[start + i] += real[i];
      }
    }
    return out;
  }
}
