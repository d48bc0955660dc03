package dev.asciicall.audio;

import javax.sound.sampled.AudioFormat;

/**
 * The one audio format used everywhere in a call: 48 kHz mono, signed 16-bit little-endian PCM, cut
 * into 20 ms frames of 960 samples. Opus works natively at 48 kHz, so nothing is resampled between
 * the device and the codec.
 */
public final class AudioFormats {

  public static final int SAMPLE_RATE = 48_000;
  public static final int FRAME_MILLIS = 20;
  public static final int FRAME_SAMPLES = SAMPLE_RATE * FRAME_MILLIS / 1000;
  public static final int FRAME_BYTES = FRAME_SAMPLES * 2;
  public static final long FRAME_NANOS = FRAME_MILLIS * 1_000_000L;

  /** The Java Sound format of devices and files after conversion. */
  public static final AudioFormat PCM =
      new AudioFormat(SAMPLE_RATE, 16, 1, /* signed= */ true, /* bigEndian= */ false);

  private AudioFormats() {}

  /** Converts little-endian 16-bit bytes into samples. */
  static void toSamples(byte[] bytes, short[] samples, int count) {
    for (int i = 0; i < count; i++) {
      samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
    }
  }

  /** Converts samples into little-endian 16-bit bytes. */
  static void toBytes(short[] samples, byte[] bytes, int count) {
    for (int i = 0; i < count; i++) {
      bytes[2 * i] = (byte) samples[i];
      bytes[2 * i + 1] = (byte) (samples[i] >> 8);
    }
  }
}
