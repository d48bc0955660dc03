package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * What any participant does with what the call sends it, whether it joined over the network ({@link
 * PeerClient}) or is the host's own ({@link LocalParticipant}): news of who joins and leaves, chat,
 * media states and keyframe requests become {@link CallEvents}; media is opened with the
 * participant's keys and handed up, and a frame's credit goes back once the events have seen it;
 * key messages go to its keys.
 *
 * <p>Threads: the {@link #handlers()} run on the endpoint's event thread ({@code net-client-N}, or
 * the host thread for the host's participant), where key messages are handled at once. Events, and
 * the opening of media before them, run in order on {@code eventThread}: that same thread for a
 * participant that joined, the host's local thread for the host.
 */
final class ParticipantInbox {

  private final MediaKeys keys;
  private final CallEvents events;
  private final Executor eventThread;
  private final Consumer<WireMessage> towardsHost;

  /**
   * @param towardsHost takes the acknowledgement of each frame, on {@code eventThread}
   */
  ParticipantInbox(
      MediaKeys keys, CallEvents events, Executor eventThread, Consumer<WireMessage> towardsHost) {
    this.keys = keys;
    this.events = events;
    this.eventThread = eventThread;
    this.towardsHost = towardsHost;
  }

  Dispatch handlers() {
    return new Dispatch()
        .on(WireMessage.ParticipantJoined.class, this::joined)
        .on(WireMessage.ParticipantLeft.class, this::left)
        .on(WireMessage.Chat.class, chat -> later(() -> events.chat(ChatMessage.of(chat))))
        .on(WireMessage.MediaState.class, s -> later(() -> events.mediaState(PeerMedia.of(s))))
        .on(WireMessage.KeyframeRequest.class, request -> later(events::keyframeRequested))
        .on(WireMessage.SenderKey.class, keys::accept)
        .on(WireMessage.Video.class, video -> later(() -> video(video)))
        .on(WireMessage.Audio.class, audio -> later(() -> audio(audio)));
  }

  /** Tells the events on their thread; after the call ended there is nobody left to tell. */
  void later(Runnable event) {
    try {
      eventThread.execute(event);
    } catch (RejectedExecutionException ended) {
      // The participant is closing: its events are over.
    }
  }

  private void joined(WireMessage.ParticipantJoined joined) {
    later(() -> events.participantJoined(joined.id(), joined.name()));
  }

  private void left(WireMessage.ParticipantLeft left) {
    // Renew our key before anything else goes out: they must not read what follows.
    keys.remove(left.id());
    later(() -> events.participantLeft(left.id(), left.reason()));
  }

  /** On {@code eventThread}. */
  private void video(WireMessage.Video video) {
    if (keys.open(video) instanceof WireMessage.Video opened) {
      events.video(VideoPacket.of(opened));
    }
    // Acknowledged even when it could not be opened, so the sender's credits come back.
    towardsHost.accept(new WireMessage.VideoAck(video.senderId(), video.sequence()));
  }

  /** On {@code eventThread}. */
  private void audio(WireMessage.Audio audio) {
    if (keys.open(audio) instanceof WireMessage.Audio opened) {
      events.audio(VoicePacket.of(opened));
    }
  }
}
