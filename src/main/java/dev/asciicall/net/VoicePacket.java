package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;

/**
 * One 20 ms voice packet (Opus) of another participant, opened. An empty payload is a keep-alive of
 * a sender without sound.
 *
 * @param captureMicros capture time on the host's clock, like {@link VideoPacket#captureMicros()}
 * @param flags the sender's audio flags (muted, speaking), passed through untouched
 */
public record VoicePacket(
    int senderId, long sequence, long captureMicros, int flags, byte[] payload) {

  static VoicePacket of(WireMessage.Audio audio) {
    return new VoicePacket(
        audio.senderId(), audio.sequence(), audio.captureMicros(), audio.flags(), audio.payload());
  }
}
