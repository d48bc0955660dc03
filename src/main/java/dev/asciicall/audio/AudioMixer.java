package dev.asciicall.audio;

import java.util.Arrays;

/**
 * Sums the voices of all senders into one frame. Sums are kept in {@code int}, so any number of
 * loud voices add up without overflow; the result is then soft-limited into 16 bits: below 80 % of
 * full scale it passes unchanged, above it is bent smoothly (tanh) towards full scale and can never
 * reach past it, so loud moments get compressed instead of wrapping around into a loud crack.
 * Called from the playback thread only.
 */
public final class AudioMixer {

  private static final double FULL_SCALE = 32767.0;
  private static final double KNEE = 0.8 * FULL_SCALE;
  private static final double HEADROOM = FULL_SCALE - KNEE;

  private final int[] sum = new int[AudioFormats.FRAME_SAMPLES];
  private int voices;

  /** Starts a new frame. */
  public void clear() {
    Arrays.fill(sum, 0);
    voices = 0;
  }

  /** Adds one voice at {@code gain} (1 = as received, 0 = silent, up to 4). */
  public void add(short[] frame, double gain) {
    if (gain <= 0) {
      return;
    }
    voices++;
    if (gain == 1.0) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += frame[i];
      }
    } else {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += (int) Math.round(frame[i] * gain);
      }
    }
  }

  /** How many voices were added since {@link #clear()}. */
  public int voices() {
    return voices;
  }

  /** Writes the limited mix into {@code out}. */
  public void mixInto(short[] out) {
    for (int i = 0; i < sum.length; i++) {
      out[i] = limit(sum[i]);
    }
  }

  static short limit(int value) {
    int magnitude = Math.abs(value);
    if (magnitude <= KNEE) {
      return (short) value;
    }
    double bent = KNEE + HEADROOM * Math.tanh((magnitude - KNEE) / HEADROOM);
    int limited = (int) Math.min(FULL_SCALE, Math.floor(bent));
    return (short) (value < 0 ? -limited : limited);
  }
}
