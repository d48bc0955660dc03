package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.codec.CodecException;
import dev.asciicall.common.Threads;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.ChatMessage;
import dev.asciicall.net.PeerMedia;
import dev.asciicall.net.PeerVerification;
import dev.asciicall.net.VideoPacket;
import dev.asciicall.net.VoicePacket;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call of the window, hosted or joined: our video out, everyone's video in, who is there, and
 * live rates. Network events arrive on the link's event thread ({@code net-client-N}, or {@code
 * net-host-local-N} when hosting) and may start before the link is attached (the host announces who
 * is there right after its welcome); anything that needs the link waits for it or is skipped. Our
 * frames are encoded on the send thread given (production: {@code video-send-N}).
 */
final class CallSession implements CallEvents, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CallSession.class);

  private final List<CallListener> listeners;
  private final Consumer<String> endedBy;
  private final ExecutorService sendThread;
  private final OutgoingVideo outgoing;
  // Network event thread only.
  private final IncomingVideo incoming = new IncomingVideo(this::requestKeyframe);
  private final Map<Integer, Participant> participants = new ConcurrentHashMap<>();
  private final Map<Integer, RateWindow> received = new ConcurrentHashMap<>();
  private volatile CallLink link;
  private volatile CallAudio audio;
  private volatile boolean closed;

  /**
   * @param listeners told about the call on the network event thread
   * @param endedBy told the network layer's reason when the call ends without us leaving
   * @param sendThread encodes our frames; the session shuts it down when it closes
   */
  CallSession(List<CallListener> listeners, Consumer<String> endedBy, ExecutorService sendThread) {
    this.listeners = listeners;
    this.endedBy = endedBy;
    this.sendThread = sendThread;
    this.outgoing = new OutgoingVideo(this::sendVideo, VideoTap.NONE, sendThread);
  }

  /** The call is up: from now on our frames go out. */
  void attach(CallLink connected) {
    this.link = connected;
    outgoing.requestKeyframe();
  }

  /**
   * Starts voice on the call's audio link with the devices given (null for none); what does not
   * work reaches the listeners as an {@link AudioStatus}. Call after {@link #attach}.
   */
  void startAudio(AudioLink audioLink, AudioEndpoints endpoints, MediaSwitches switches) {
    CallAudio started = new CallAudio(audioLink);
    started.addListener(new AudioForwarder());
    if (switches.microphoneMuted()) {
      started.mute();
    }
    if (switches.cameraOff()) {
      started.showCameraOff();
    }
    audio = started;
    started.useProcessing(endpoints.processing());
    started.start(endpoints.microphone(), endpoints.speakers());
  }

  /** The call's audio, or null before it started. */
  CallAudio audio() {
    return audio;
  }

  CallLink link() {
    return link;
  }

  /** Our newest frame. Any thread; latest wins; dropped until the link is attached. */
  void offer(AsciiFrame frame, long sequence, long captureNanos) {
    if (link != null && !closed) {
      outgoing.offer(frame, sequence, captureNanos);
    }
  }

  private void sendVideo(long sequence, long captureMicros, byte[] payload) {
    CallLink current = link;
    if (current != null && !closed) {
      current.sendVideo(sequence, captureMicros, payload);
    }
  }

  private void requestKeyframe(int senderId) {
    CallLink current = link;
    if (current != null) {
      current.requestKeyframe(senderId);
    }
  }

  void sendChat(String text) {
    CallLink current = link;
    if (current != null) {
      current.sendChat(text);
    }
  }

  List<Participant> participants() {
    return participants.values().stream().sorted(Comparator.comparingInt(Participant::id)).toList();
  }

  CallStats stats() {
    long now = System.nanoTime();
    RateWindow.Rate sent = outgoing.rate();
    CallLink current = link;
    List<CallStats.PeerStats> peers =
        participants().stream()
            .map(
                participant -> {
                  RateWindow window = received.get(participant.id());
                  RateWindow.Rate rate =
                      window == null ? new RateWindow.Rate(0, 0) : window.rate(now);
                  ConnectionFigures connection =
                      current == null
                          ? ConnectionFigures.NOT_MEASURED
                          : current.connectionTo(participant.id());
                  return new CallStats.PeerStats(
                      participant.id(),
                      participant.name(),
                      rate.framesPerSecond(),
                      rate.kilobitsPerSecond(),
                      connection.roundTripMillis(),
                      connection.lossPercent());
                })
            .toList();
    double roundTrip = current == null ? -1 : current.roundTripMillis();
    return new CallStats(sent.framesPerSecond(), sent.kilobitsPerSecond(), roundTrip, peers);
  }

  @Override
  public void participantJoined(int id, String name) {
    if (closed) {
      return;
    }
    Participant participant = new Participant(id, name);
    participants.put(id, participant);
    listeners.forEach(listener -> listener.participantJoined(participant));
  }

  @Override
  public void participantLeft(int id, String reason) {
    CallAudio current = audio;
    if (current != null) {
      current.participantLeft(id);
    }
    Participant participant = participants.remove(id);
    received.remove(id);
    incoming.forget(id);
    if (participant != null && !closed) {
      listeners.forEach(listener -> listener.participantLeft(participant, reason));
    }
  }

  @Override
  public void video(VideoPacket video) {
    if (closed) {
      return;
    }
    int senderId = video.senderId();
    received
        .computeIfAbsent(senderId, id -> new RateWindow())
        .record(video.payload().length, System.nanoTime());
    AsciiFrame frame;
    try {
      frame = incoming.decode(video);
    } catch (CodecException e) {
      LOG.debug("Dropped a malformed frame from participant {}: {}", senderId, e.getMessage());
      return;
    }
    if (frame != null) {
      listeners.forEach(listener -> listener.frameReceived(senderId, frame));
    }
  }

  @Override
  public void audio(VoicePacket packet) {
    CallAudio current = audio;
    if (current != null && !closed) {
      current.receive(packet);
    }
  }

  @Override
  public void participantVerified(PeerVerification verification) {
    if (!closed) {
      SafetyCheck check =
          new SafetyCheck(
              verification.participantId(),
              verification.name(),
              verification.safetyCode(),
              verification.keyChanged());
      listeners.forEach(listener -> listener.participantVerified(check));
    }
  }

  @Override
  public void mediaState(PeerMedia state) {
    if (!closed) {
      ParticipantMedia media =
          new ParticipantMedia(state.participantId(), state.microphoneMuted(), state.cameraOff());
      listeners.forEach(listener -> listener.mediaChanged(media));
    }
  }

  @Override
  public void chat(ChatMessage chat) {
    CallLink current = link;
    if (closed || current == null) {
      return;
    }
    boolean fromMe = chat.senderId() == current.selfId();
    Participant sender = participants.get(chat.senderId());
    String name = fromMe ? current.name() : sender == null ? "#" + chat.senderId() : sender.name();
    ChatLine line = new ChatLine(chat.senderId(), name, chat.sentAtMillis(), chat.text(), fromMe);
    listeners.forEach(listener -> listener.chatReceived(line));
  }

  /** Hands audio news to the call's listeners; on audio threads and the network event thread. */
  private final class AudioForwarder implements AudioListener {
    @Override
    public void microphoneLevel(double rms, boolean speaking) {
      listeners.forEach(listener -> listener.microphoneLevel(rms, speaking));
    }

    @Override
    public void participantSpeaking(int participantId, boolean speaking) {
      listeners.forEach(listener -> listener.participantSpeaking(participantId, speaking));
    }

    @Override
    public void participantMuted(int participantId, boolean muted) {
      listeners.forEach(listener -> listener.participantMuted(participantId, muted));
    }

    @Override
    public void statusChanged(AudioStatus status) {
      listeners.forEach(listener -> listener.statusChanged(status));
    }

    @Override
    public void processingUnavailable(String message) {
      listeners.forEach(listener -> listener.processingUnavailable(message));
    }
  }

  @Override
  public void keyframeRequested() {
    outgoing.requestKeyframe();
  }

  @Override
  public void callEnded(String reason) {
    if (!closed) {
      endedBy.accept(reason);
    }
  }

  /** Leaves (or ends, when hosting) the call and stops its threads. Not on the event thread. */
  @Override
  public void close() {
    closed = true;
    CallAudio voice = audio;
    if (voice != null) {
      voice.close();
    }
    CallLink current = link;
    if (current != null) {
      current.close();
    }
    Threads.shutdown(sendThread, 2_000);
    outgoing.close();
    // After the link: its event thread no longer decodes.
    incoming.close();
  }
}
