package dev.asciicall.audio.room;

import dev.asciicall.audio.AudioFormats;
import java.util.Random;

/**
 * A synthetic room impulse response: the direct path from loudspeaker to microphone, a few early
 * reflections, then a diffuse tail of decaying noise that loses its highs as it goes (walls absorb
 * high frequencies first). Scaled so the whole response has unit energy. Seeded, so every run hears
 * the same room.
 */
public final class RoomImpulse {

  private RoomImpulse() {}

  /**
   * @param reverberationSeconds RT60: time for the tail to fall by 60 dB (0.3 s: an office)
   * @param directToReverberantDecibels energy of the direct path over the rest (laptop: ~3 dB)
   */
  public static double[] synthesize(
      double reverberationSeconds, double directToReverberantDecibels, long seed) {
    Random random = new Random(seed);
    int rate = AudioFormats.SAMPLE_RATE;
    int length = (int) (reverberationSeconds * rate);
    double[] tail = new double[length];
    double decayPerSample = Math.log(1000) / (reverberationSeconds * rate);
    // Reflections start after ~2 ms (the distance to the nearest wall and back).
    int firstReflection = rate / 500;
    double lowPass = 0;
    for (int i = firstReflection; i < length; i++) {
      double noise = random.nextGaussian() * Math.exp(-decayPerSample * i);
      // The tail grows duller with time: a one-pole low-pass whose corner falls as it decays.
      double smoothing = Math.min(0.9, 0.1 + 0.8 * i / length);
      lowPass = smoothing * lowPass + (1 - smoothing) * noise;
      tail[i] = lowPass;
    }
    for (int reflection = 0; reflection < 6; reflection++) {
      int at = firstReflection + random.nextInt(rate / 50);
      tail[at] += (random.nextBoolean() ? 1 : -1) * (0.3 + 0.3 * random.nextDouble());
    }
    double tailEnergy = 0;
    for (double value : tail) {
      tailEnergy += value * value;
    }
    double tailScale = Math.sqrt(Math.pow(10, -directToReverberantDecibels / 10) / tailEnergy);
    double[] impulse = new double[length];
    impulse[0] = 1;
    for (int i = 1; i < length; i++) {
      impulse[i] = tail[i] * tailScale;
    }
    double energy = 0;
    for (double value : impulse) {
      energy += value * value;
    }
    double scale = 1 / Math.sqrt(energy);
    for (int i = 0; i < length; i++) {
      impulse[i] *= scale;
    }
    return impulse;
  }
}
