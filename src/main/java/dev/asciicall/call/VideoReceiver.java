package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.codec.CodecException;
import dev.asciicall.codec.FrameDecoder;
import dev.asciicall.codec.MissingKeyframeException;
import java.util.HashMap;
import java.util.Map;

/**
 * The incoming video of a call: one {@link FrameDecoder} per sender, made on that sender's first
 * frame and dropped when it leaves. Confined to one thread (the participant's network event
 * thread), so the map needs no locking.
 */
public final class VideoReceiver implements AutoCloseable {

  private final Map<Integer, FrameDecoder> decoders = new HashMap<>();

  /**
   * Decodes one payload of {@code senderId}.
   *
   * @throws MissingKeyframeException the stream lost a frame: ask the sender for a keyframe
   * @throws CodecException the payload is malformed; the sender's decoder waits for a keyframe
   */
  public AsciiFrame decode(int senderId, byte[] payload) throws CodecException {
    FrameDecoder decoder = decoders.computeIfAbsent(senderId, id -> new FrameDecoder());
    try {
      return GridMapping.toFrame(decoder.decode(payload));
    } catch (MissingKeyframeException e) {
      throw e;
    } catch (CodecException e) {
      // A payload the codec accepted but the engine cannot show must not become a delta base.
      decoder.reset();
      throw e;
    }
  }

  /** The sender left: free its decoder. */
  public void forget(int senderId) {
    FrameDecoder decoder = decoders.remove(senderId);
    if (decoder != null) {
      decoder.close();
    }
  }

  @Override
  public void close() {
    decoders.values().forEach(FrameDecoder::close);
    decoders.clear();
  }
}
