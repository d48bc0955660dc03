package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;

/**
 * One video frame of a participant as the call layer sees it: opened, so the payload is the frame
 * codec's bytes.
 *
 * @param senderId the participant who sent it (0 is the host)
 * @param sequence the sender's frame number
 * @param captureMicros capture time on the host's clock (the sender adds its measured offset to
 *     {@link CallClock}), so any receiver can compute the one-way latency
 */
public record VideoPacket(int senderId, long sequence, long captureMicros, byte[] payload) {

  static VideoPacket of(WireMessage.Video video) {
    return new VideoPacket(
        video.senderId(), video.sequence(), video.captureMicros(), video.payload());
  }
}
