package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;

/**
 * What a participant shows of itself: microphone muted, camera off. Sent on every change and given
 * to each newcomer for everyone already in the call.
 */
public record PeerMedia(int participantId, boolean microphoneMuted, boolean cameraOff) {

  static PeerMedia of(WireMessage.MediaState state) {
    return new PeerMedia(state.senderId(), state.microphoneMuted(), state.cameraOff());
  }

  WireMessage.MediaState toWire() {
    return new WireMessage.MediaState(participantId, microphoneMuted, cameraOff);
  }
}
