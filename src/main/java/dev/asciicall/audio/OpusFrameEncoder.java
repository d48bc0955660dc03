package dev.asciicall.audio;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusSignal;
import java.util.Arrays;

/**
 * Opus (Concentus) set up for speech: 48 kHz mono, 24 kbit/s, voice signal, in-band FEC so a
 * receiver can rebuild a lost frame from the one after it. Called from the capture thread only.
 */
public final class OpusFrameEncoder {

  public static final int DEFAULT_BITRATE = 24_000;

  /** The loss we plan for; Opus spends part of the bit rate on FEC in proportion to it. */
  private static final int EXPECTED_LOSS_PERCENT = 10;

  private final OpusEncoder encoder;
  private final byte[] buffer = new byte[AudioPacket.MAX_OPUS_BYTES];

  public OpusFrameEncoder() {
    this(DEFAULT_BITRATE);
  }

  public OpusFrameEncoder(int bitsPerSecond) {
    try {
      encoder = new OpusEncoder(AudioFormats.SAMPLE_RATE, 1, OpusApplication.OPUS_APPLICATION_VOIP);
    } catch (OpusException e) {
      throw new IllegalStateException("Opus encoder cannot be created", e);
    }
    encoder.setBitrate(bitsPerSecond);
    encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
    encoder.setUseInbandFEC(true);
    encoder.setPacketLossPercent(EXPECTED_LOSS_PERCENT);
    // Constrained VBR keeps every packet near the target, so the bit rate cap holds per frame.
    encoder.setUseConstrainedVBR(true);
    encoder.setComplexity(5);
  }

  /** Encodes one 20 ms frame; returns a fresh array the caller may keep. */
  public byte[] encode(short[] frame) {
    try {
      int length = encoder.encode(frame, 0, AudioFormats.FRAME_SAMPLES, buffer, 0, buffer.length);
      return Arrays.copyOf(buffer, length);
    } catch (OpusException e) {
      // Only reachable with a wrong frame size, which this class never passes.
      throw new IllegalStateException("Opus encoding failed", e);
    }
  }
}
