package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.codec.CodecException;
import dev.asciicall.codec.FrameDecoder;
import dev.asciicall.codec.MissingKeyframeException;
import dev.asciicall.net.CallClock;
import dev.asciicall.net.VideoPacket;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Everyone else's video, the receiving half of what {@link OutgoingVideo} sends: one {@link
 * FrameDecoder} per sender, made on that sender's first frame and dropped when it leaves; when a
 * stream lost its base (a late join, a dropped or corrupt frame), that sender is asked for a
 * keyframe at most every 250 ms. Confined to the participant's network event thread. Decoding there
 * is deliberate: a frame's credit returns only after it is decoded, so a receiver that cannot keep
 * up gets fewer frames instead of a growing queue (decoding an 80-column frame takes well under a
 * millisecond).
 */
final class IncomingVideo implements AutoCloseable {

  /** Ask a sender for a keyframe at most this often while its deltas keep missing their base. */
  private static final long KEYFRAME_REQUEST_GAP_MICROS = 250_000;

  private final Map<Integer, FrameDecoder> decoders = new HashMap<>();
  private final Map<Integer, Long> lastKeyframeRequest = new HashMap<>();
  private final IntConsumer keyframeRequests;

  /**
   * @param keyframeRequests asks a sender (by id) for a keyframe through the host
   */
  IncomingVideo(IntConsumer keyframeRequests) {
    this.keyframeRequests = keyframeRequests;
  }

  /**
   * The frame {@code video} carries, or null when it cannot be shown until a keyframe arrives (one
   * has been asked for).
   *
   * @throws CodecException the payload was malformed; a keyframe has been asked for
   */
  AsciiFrame decode(VideoPacket video) throws CodecException {
    FrameDecoder decoder = decoders.computeIfAbsent(video.senderId(), id -> new FrameDecoder());
    try {
      return GridMapping.toFrame(decoder.decode(video.payload()));
    } catch (MissingKeyframeException e) {
      askForKeyframe(video.senderId());
      return null;
    } catch (CodecException e) {
      // A payload the codec accepted but the engine cannot show must not become a delta base.
      decoder.reset();
      askForKeyframe(video.senderId());
      throw e;
    }
  }

  private void askForKeyframe(int senderId) {
    long now = CallClock.nowMicros();
    Long last = lastKeyframeRequest.get(senderId);
    if (last == null || now - last >= KEYFRAME_REQUEST_GAP_MICROS) {
      lastKeyframeRequest.put(senderId, now);
      keyframeRequests.accept(senderId);
    }
  }

  /** The sender left: free its decoder. */
  void forget(int senderId) {
    FrameDecoder decoder = decoders.remove(senderId);
    if (decoder != null) {
      decoder.close();
    }
    lastKeyframeRequest.remove(senderId);
  }

  /** Call once the network event thread no longer delivers video. */
  @Override
  public void close() {
    decoders.values().forEach(FrameDecoder::close);
    decoders.clear();
  }
}
