package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.AudioStats;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.codec.CodecException;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import dev.asciicall.net.CallClock;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.ChatMessage;
import dev.asciicall.net.ClientThreads;
import dev.asciicall.net.JoinOptions;
import dev.asciicall.net.NetException;
import dev.asciicall.net.PeerClient;
import dev.asciicall.net.PeerMedia;
import dev.asciicall.net.PeerVerification;
import dev.asciicall.net.VideoPacket;
import dev.asciicall.net.VoicePacket;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A participant without a window: sends the frames of a {@link LocalVideo} (the pipeline every
 * front end uses), receives and decodes everyone, keeps statistics. Frames are encoded on {@code
 * video-send-N}; events, including decoding, run on the client's event thread {@code net-client-N}
 * (never KryoNet's update thread). Shares the send and receive paths ({@link OutgoingVideo}, {@link
 * IncomingVideo}) with the window's {@link CallService}. Used by {@code join --headless} and {@code
 * bench call}.
 */
public final class HeadlessParticipant implements CallEvents, AutoCloseable {

  private final String name;
  private final PrintStream log;
  private final VideoTap tap;
  private final Map<Integer, String> names = new ConcurrentHashMap<>();
  private final Map<Integer, ReceiveStats> received = new ConcurrentHashMap<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private final ExecutorService sendThread = Threads.single("video-send");
  // Network event thread only.
  private final IncomingVideo incoming = new IncomingVideo(this::requestKeyframe);
  private final OutgoingVideo outgoing;
  private volatile long sentFrames;
  private volatile long sentBytes;
  private volatile String endReason;
  private volatile CallAudio audio;
  private Subscription sending = Subscription.NONE;
  private volatile PeerClient client;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  public HeadlessParticipant(String name, PrintStream log) {
    this(name, log, VideoTap.NONE);
  }

  public HeadlessParticipant(String name, PrintStream log, VideoTap tap) {
    this.name = name;
    this.log = log;
    this.tap = tap;
    this.outgoing = new OutgoingVideo(this::sendVideo, tap, sendThread);
  }

  /**
   * Joins with a throwaway identity and no passphrase; throws with a one-line reason if that fails.
   * Blocks up to the timeout.
   */
  public void join(String host, int tcpPort, int udpPort, int timeoutMillis) throws NetException {
    join(host, tcpPort, udpPort, JoinOptions.named(name), timeoutMillis);
  }

  /**
   * Joins with {@code options} (identity, passphrase); throws with a one-line reason if that fails,
   * e.g. {@code wrong passphrase}. Blocks up to the timeout.
   */
  public void join(String host, int tcpPort, int udpPort, JoinOptions options, int timeoutMillis)
      throws NetException {
    join(host, tcpPort, udpPort, options, timeoutMillis, ClientThreads.named());
  }

  /** Joins on {@code threads} (e.g. with a fatal-error policy of the caller's). */
  public void join(
      String host,
      int tcpPort,
      int udpPort,
      JoinOptions options,
      int timeoutMillis,
      ClientThreads threads)
      throws NetException {
    client = PeerClient.connect(host, tcpPort, udpPort, options, this, timeoutMillis, threads);
  }

  /** Whether the call ended because the connection to the host was lost. */
  public boolean lostHost() {
    PeerClient current = client;
    return current != null && current.lostHost();
  }

  /** Our id in the call, once joined. */
  public int participantId() {
    return client.participantId();
  }

  /**
   * Sends every frame {@code video} converts. Neither capture nor conversion waits for us: while a
   * frame is being encoded, newer ones replace each other in the outgoing slot. Call after {@link
   * #join}; the caller starts and closes the pipeline.
   */
  public void startSending(LocalVideo video) {
    sending = video.addFrameListener(outgoing::offer);
  }

  /**
   * Starts voice: {@code microphone} (a tone, a file or a real microphone; null for none) goes to
   * everyone, the others' voices are mixed into {@code speakers} (null for none: still received,
   * counted and concealed). Call after {@link #join}. What does not work is printed, once per
   * change.
   */
  public CallAudio startAudio(AudioSource microphone, AudioSink speakers) {
    return startAudio(microphone, speakers, ProcessingSettings.NONE);
  }

  /**
   * As {@link #startAudio(AudioSource, AudioSink)}, with voice processing on the microphone. If it
   * cannot run here, one line says so and the voice goes out unprocessed.
   */
  public CallAudio startAudio(
      AudioSource microphone, AudioSink speakers, ProcessingSettings processing) {
    return startAudio(
        microphone, speakers, UnaryOperator.identity(), new AudioListener() {}, processing);
  }

  /** Test seam: {@code network} wraps the link, e.g. to lose and reorder packets. */
  CallAudio startAudio(
      AudioSource microphone,
      AudioSink speakers,
      UnaryOperator<AudioLink> network,
      AudioListener listener) {
    return startAudio(microphone, speakers, network, listener, ProcessingSettings.NONE);
  }

  private CallAudio startAudio(
      AudioSource microphone,
      AudioSink speakers,
      UnaryOperator<AudioLink> network,
      AudioListener listener,
      ProcessingSettings processing) {
    CallAudio started = new CallAudio(network.apply(AudioLink.of(client)));
    started.addListener(
        new AudioListener() {
          @Override
          public void statusChanged(AudioStatus status) {
            log.println("audio: " + status.message());
          }

          @Override
          public void processingUnavailable(String message) {
            log.println("audio: " + message);
          }
        });
    started.addListener(listener);
    audio = started;
    started.useProcessing(processing);
    started.start(microphone, speakers);
    return started;
  }

  /** On {@code video-send-N}. */
  private void sendVideo(long sequence, long captureMicros, byte[] payload) {
    client.sendVideo(sequence, captureMicros, payload);
    tap.handedOver(sequence, CallClock.nowMicros() - captureMicros);
    sentFrames++;
    sentBytes += payload.length;
  }

  private void requestKeyframe(int senderId) {
    client.requestKeyframe(senderId);
  }

  /** Waits until the call ends or the time is up; returns the end reason or null. */
  public String awaitEnd(long millis) throws InterruptedException {
    ended.await(millis, TimeUnit.MILLISECONDS);
    return endReason;
  }

  @Override
  public void participantJoined(int id, String peerName) {
    names.put(id, peerName);
    received.computeIfAbsent(id, ignored -> new ReceiveStats(peerName, CallClock.nowMicros()));
    log.println("joined: " + peerName);
  }

  @Override
  public void participantLeft(int id, String reason) {
    CallAudio current = audio;
    if (current != null) {
      current.participantLeft(id);
    }
    incoming.forget(id);
    ReceiveStats stats = received.get(id);
    if (stats != null) {
      stats.left(CallClock.nowMicros());
    }
    log.println("left: " + names.getOrDefault(id, "#" + id) + " (" + reason + ")");
  }

  @Override
  public void video(VideoPacket video) {
    ReceiveStats stats =
        received.computeIfAbsent(
            video.senderId(),
            id -> new ReceiveStats(names.getOrDefault(id, "#" + id), CallClock.nowMicros()));
    AsciiFrame frame;
    long decodeStart = System.nanoTime();
    try {
      frame = incoming.decode(video);
    } catch (CodecException e) {
      stats.decodeError();
      return;
    }
    if (frame != null) {
      tap.decoded(video.senderId(), (System.nanoTime() - decodeStart) / 1000);
      long now = CallClock.nowMicros();
      long latency = now + client.clock().offsetMicros() - video.captureMicros();
      stats.frame(video.payload().length, latency, now);
      tap.received(video.senderId(), video.sequence(), frame, latency);
    }
  }

  @Override
  public void audio(VoicePacket packet) {
    CallAudio current = audio;
    if (current != null) {
      current.receive(packet);
    }
  }

  @Override
  public void mediaState(PeerMedia state) {
    String who = names.getOrDefault(state.participantId(), "#" + state.participantId());
    log.println(
        who
            + (state.microphoneMuted() ? " muted" : " unmuted")
            + " the microphone, camera "
            + (state.cameraOff() ? "off" : "on"));
  }

  @Override
  public void chat(ChatMessage chat) {
    log.println("chat " + names.getOrDefault(chat.senderId(), "me") + ": " + chat.text());
  }

  @Override
  public void keyframeRequested() {
    outgoing.requestKeyframe();
  }

  @Override
  public void participantVerified(PeerVerification verification) {
    log.println(
        "safety code with "
            + verification.name()
            + ": "
            + verification.safetyCode()
            + (verification.keyChanged()
                ? "  WARNING: not the key seen before for this name, or someone is in the middle"
                : ""));
  }

  @Override
  public void callEnded(String reason) {
    endReason = reason;
    ended.countDown();
  }

  /** The statistics file of {@code join --stats-json}. */
  public String statsJson(double durationSeconds) {
    long now = CallClock.nowMicros();
    String peers =
        received.values().stream().map(stats -> stats.toJson(now)).collect(Collectors.joining(","));
    return String.format(
        java.util.Locale.ROOT,
        "{\"name\":%s,\"duration_s\":%.2f,\"sent\":{\"frames\":%d,\"bytes\":%d},"
            + "\"received\":[%s],\"audio\":%s}",
        Json.quote(name),
        durationSeconds,
        sentFrames,
        sentBytes,
        peers,
        audio == null ? AudioStats.EMPTY.toJson() : audio.stats().toJson());
  }

  /** Leaves the call and releases everything; once, whoever calls it again. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (audio != null) {
      audio.close();
    }
    sending.close();
    Threads.shutdown(sendThread, 2_000);
    if (client != null) {
      client.close();
    }
    outgoing.close();
    // After the client: its event thread no longer decodes.
    incoming.close();
  }
}
