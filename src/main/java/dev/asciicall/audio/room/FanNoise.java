package dev.asciicall.audio.room;

import dev.asciicall.audio.AudioFormats;
import java.util.Random;

/**
 * A desk fan or a laptop's own fan: broadband rushing noise weighted towards the lows (pinkish), a
 * hum at the blade rate with its harmonics, and a slow wobble in level. Unit RMS, seeded.
 */
public final class FanNoise {

  private static final double BLADE_HERTZ = 110;

  private FanNoise() {}

  public static double[] generate(int samples, long seed) {
    Random random = new Random(seed);
    double[] noise = new double[samples];
    // Paul Kellet's economy pink filter: three one-pole sections.
    double b0 = 0;
    double b1 = 0;
    double b2 = 0;
    double rate = AudioFormats.SAMPLE_RATE;
    for (int i = 0; i < samples; i++) {
      double white = random.nextGaussian();
      b0 = 0.99765 * b0 + white * 0.0990460;
      b1 = 0.96300 * b1 + white * 0.2965164;
      b2 = 0.57000 * b2 + white * 1.0526913;
      double pink = b0 + b1 + b2 + white * 0.1848;
      double t = i / rate;
      double hum =
          0.6 * Math.sin(2 * Math.PI * BLADE_HERTZ * t)
              + 0.3 * Math.sin(2 * Math.PI * 2 * BLADE_HERTZ * t + 1)
              + 0.15 * Math.sin(2 * Math.PI * 3 * BLADE_HERTZ * t + 2);
      double wobble = 1 + 0.1 * Math.sin(2 * Math.PI * 0.3 * t);
      noise[i] = wobble * (pink + hum);
    }
    double energy = 0;
    for (double value : noise) {
      energy += value * value;
    }
    double scale = 1 / Math.sqrt(energy / samples);
    for (int i = 0; i < samples; i++) {
      noise[i] *= scale;
    }
    return noise;
  }
}
