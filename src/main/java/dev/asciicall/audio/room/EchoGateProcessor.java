package dev.asciicall.audio.room;

import dev.asciicall.audio.AudioFormats;
import dev.asciicall.audio.EchoGate;
import dev.asciicall.audio.Loudness;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.audio.VoiceProcessor;

/**
 * The echo gate calls used before voice processing, as a processor, so the trials measure it the
 * same way: each played frame's level opens its far-end window, each captured frame is ducked by 26
 * dB while the far end is audible and the microphone is not clearly louder. Time advances 20 ms per
 * captured frame. It has no stages to configure.
 */
public final class EchoGateProcessor implements VoiceProcessor {

  private final EchoGate gate = new EchoGate();
  private long nowNanos;

  @Override
  public void configure(ProcessingSettings settings) {}

  @Override
  public void played(short[] frame) {
    gate.farEndPlayed(Loudness.rms(frame), nowNanos);
  }

  @Override
  public void process(short[] frame) {
    gate.process(frame, Loudness.rms(frame), nowNanos);
    nowNanos += AudioFormats.FRAME_NANOS;
  }

  @Override
  public void close() {}
}
