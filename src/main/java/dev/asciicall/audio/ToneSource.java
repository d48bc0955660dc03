package dev.asciicall.audio;

import java.util.Locale;

/**
 * A steady sine tone instead of a microphone, for headless calls and tests. The phase carries over
 * between frames, so the tone is continuous. Capture thread only.
 */
public final class ToneSource implements AudioSource {

  public static final double DEFAULT_FREQUENCY = 440;
  public static final double DEFAULT_AMPLITUDE = 0.3;

  private final double frequency;
  private final double amplitude;
  private double phase;

  public ToneSource() {
    this(DEFAULT_FREQUENCY, DEFAULT_AMPLITUDE);
  }

  /**
   * @param frequency in Hz, between 20 and 20 000
   * @param amplitude 0 to 1 of full scale
   */
  public ToneSource(double frequency, double amplitude) {
    if (frequency < 20 || frequency > 20_000) {
      throw new IllegalArgumentException("tone frequency must be 20 to 20000 Hz");
    }
    if (amplitude < 0 || amplitude > 1) {
      throw new IllegalArgumentException("tone amplitude must be 0 to 1");
    }
    this.frequency = frequency;
    this.amplitude = amplitude;
  }

  @Override
  public String name() {
    return String.format(Locale.ROOT, "Tone %.0f Hz", frequency);
  }

  @Override
  public void open() {
    // Nothing to open: the tone is computed.
  }

  @Override
  public void read(short[] frame) {
    double step = 2 * Math.PI * frequency / AudioFormats.SAMPLE_RATE;
    for (int i = 0; i < AudioFormats.FRAME_SAMPLES; i++) {
      frame[i] = (short) Math.round(Math.sin(phase) * amplitude * 32767);
      phase += step;
    }
    phase %= 2 * Math.PI;
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
