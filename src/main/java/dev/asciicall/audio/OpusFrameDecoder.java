package dev.asciicall.audio;

import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;
import java.util.Arrays;

/**
 * One Opus decoder per sender (decoder state follows one stream). Called from the playback thread
 * only. Every method fills exactly one 20 ms frame; a corrupt packet is concealed rather than
 * thrown, so one bad packet from one peer never stops the mix for everyone.
 */
public final class OpusFrameDecoder {

  private final OpusDecoder decoder;

  public OpusFrameDecoder() {
    try {
      decoder = new OpusDecoder(AudioFormats.SAMPLE_RATE, 1);
    } catch (OpusException e) {
      throw new IllegalStateException("Opus decoder cannot be created", e);
    }
  }

  /** Decodes a packet; returns false (and conceals instead) when the packet is corrupt. */
  public boolean decode(byte[] opus, short[] frame) {
    return run(opus, frame, false);
  }

  /**
   * Rebuilds the frame before {@code nextOpus} from the FEC data inside {@code nextOpus}; falls
   * back to plain concealment when that packet carries no FEC.
   */
  public boolean recover(byte[] nextOpus, short[] frame) {
    return run(nextOpus, frame, true);
  }

  /** Makes up a plausible frame for a lost packet (Opus packet loss concealment). */
  public void conceal(short[] frame) {
    run(null, frame, false);
  }

  private boolean run(byte[] opus, short[] frame, boolean forwardErrorCorrection) {
    try {
      int length = opus == null ? 0 : opus.length;
      int samples =
          decoder.decode(
              opus, 0, length, frame, 0, AudioFormats.FRAME_SAMPLES, forwardErrorCorrection);
      if (samples < AudioFormats.FRAME_SAMPLES) {
        Arrays.fill(frame, Math.max(samples, 0), AudioFormats.FRAME_SAMPLES, (short) 0);
      }
      return true;
    } catch (OpusException | RuntimeException e) {
      // Concentus throws runtime exceptions (array bounds) on some garbage input, too.
      if (opus == null) {
        Arrays.fill(frame, (short) 0);
        return false;
      }
      decoder.resetState();
      Arrays.fill(frame, (short) 0);
      return false;
    }
  }
}
