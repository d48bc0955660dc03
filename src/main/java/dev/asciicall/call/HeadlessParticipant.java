package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.AudioStats;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.codec.CodecException;
import dev.asciicall.codec.MissingKeyframeException;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import dev.asciicall.net.CallClock;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.NetException;
import dev.asciicall.net.PeerClient;
import dev.asciicall.net.wire.WireMessage;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A participant without a window: sends its pictures as ASCII (engine + frame codec), receives and
 * decodes everyone, keeps statistics. Pictures arrive from a {@link CaptureService} and are
 * converted and encoded on {@code video-send-N}; events, including decoding, run on the client's
 * event thread {@code net-client-N} (never KryoNet's update thread). Decoding there is deliberate:
 * a frame's credit returns only after it is decoded, so a receiver that cannot keep up gets fewer
 * frames instead of a growing queue (decoding an 80-column frame takes well under a millisecond).
 * Used by {@code join --headless} and {@code bench call}.
 */
public final class HeadlessParticipant implements CallEvents, AutoCloseable {

  /** Ask a sender for a keyframe at most this often while its deltas keep missing their base. */
  private static final long KEYFRAME_REQUEST_GAP_MICROS = 250_000;

  private final String name;
  private final PrintStream log;
  private final VideoTap tap;
  private final Map<Integer, String> names = new ConcurrentHashMap<>();
  private final Map<Integer, ReceiveStats> received = new ConcurrentHashMap<>();
  private final AtomicLong sentFrames = new AtomicLong();
  private final AtomicLong sentBytes = new AtomicLong();
  private final CountDownLatch ended = new CountDownLatch(1);
  private final ExecutorService sendThread = Threads.single("video-send");
  // Network event thread only.
  private final VideoReceiver receiver = new VideoReceiver();
  private final Map<Integer, Long> lastKeyframeRequest = new HashMap<>();
  private volatile VideoSender sender;
  private volatile String endReason;
  private volatile CallAudio audio;
  private Subscription sending = Subscription.NONE;
  private PeerClient client;

  public HeadlessParticipant(String name, PrintStream log) {
    this(name, log, VideoTap.NONE);
  }

  public HeadlessParticipant(String name, PrintStream log, VideoTap tap) {
    this.name = name;
    this.log = log;
    this.tap = tap;
  }

  /** Joins; throws with a one-line reason if that fails. Blocks up to the timeout. */
  public void join(String host, int tcpPort, int udpPort, int timeoutMillis) throws NetException {
    client = PeerClient.connect(host, tcpPort, udpPort, name, this, timeoutMillis);
  }

  /** Our id in the call, once joined. */
  public int participantId() {
    return client.participantId();
  }

  /**
   * Sends every picture {@code capture} delivers, drawn with {@code settings}. Capture never waits
   * for us: while a frame is being encoded, newer pictures replace each other in the sink's slot.
   * Call after {@link #join}; the caller starts and stops the capture service.
   */
  public void startSending(CaptureService capture, ConversionSettings settings) {
    sender = new VideoSender(settings);
    sending = capture.addSink(this::send, sendThread);
  }

  /**
   * Starts voice: {@code microphone} (a tone, a file or a real microphone; null for none) goes to
   * everyone, the others' voices are mixed into {@code speakers} (null for none: still received,
   * counted and concealed). Call after {@link #join}. What does not work is printed, once per
   * change.
   */
  public CallAudio startAudio(AudioSource microphone, AudioSink speakers) {
    return startAudio(microphone, speakers, UnaryOperator.identity(), new AudioListener() {});
  }

  /** Test seam: {@code network} wraps the link, e.g. to lose and reorder packets. */
  CallAudio startAudio(
      AudioSource microphone,
      AudioSink speakers,
      UnaryOperator<AudioLink> network,
      AudioListener listener) {
    CallAudio started = new CallAudio(network.apply(AudioLink.of(client)));
    started.addListener(
        new AudioListener() {
          @Override
          public void statusChanged(AudioStatus status) {
            log.println("audio: " + status.message());
          }
        });
    started.addListener(listener);
    audio = started;
    started.start(microphone, speakers);
    return started;
  }

  /** On {@code video-send-N}. */
  private void send(VideoFrame picture) {
    VideoSender.Encoded encoded = sender.encode(picture);
    long captureMicros = CallClock.fromNanoTime(picture.timestampNanos());
    client.sendVideo(picture.sequence(), captureMicros, encoded.payload());
    tap.handedOver(picture.sequence(), CallClock.nowMicros() - captureMicros);
    sentFrames.incrementAndGet();
    sentBytes.addAndGet(encoded.payload().length);
    tap.sent(picture.sequence(), encoded.frame(), encoded.payload().length);
  }

  /** Waits until the call ends or the time is up; returns the end reason or null. */
  public String awaitEnd(long millis) throws InterruptedException {
    ended.await(millis, TimeUnit.MILLISECONDS);
    return endReason;
  }

  @Override
  public void participantJoined(int id, String peerName) {
    names.put(id, peerName);
    log.println("joined: " + peerName);
  }

  @Override
  public void participantLeft(int id, String reason) {
    CallAudio current = audio;
    if (current != null) {
      current.participantLeft(id);
    }
    receiver.forget(id);
    lastKeyframeRequest.remove(id);
    log.println("left: " + names.getOrDefault(id, "#" + id) + " (" + reason + ")");
  }

  @Override
  public void video(WireMessage.Video video) {
    ReceiveStats stats =
        received.computeIfAbsent(
            video.senderId(), id -> new ReceiveStats(names.getOrDefault(id, "#" + id)));
    AsciiFrame frame;
    long decodeStart = System.nanoTime();
    try {
      frame = receiver.decode(video.senderId(), video.payload());
    } catch (MissingKeyframeException e) {
      askForKeyframe(video.senderId());
      return;
    } catch (CodecException e) {
      stats.decodeError();
      askForKeyframe(video.senderId());
      return;
    }
    tap.decoded(video.senderId(), (System.nanoTime() - decodeStart) / 1000);
    long now = CallClock.nowMicros();
    long latency = now + client.clock().offsetMicros() - video.captureMicros();
    stats.frame(video.payload().length, latency, now);
    tap.received(video.senderId(), video.sequence(), frame, latency);
  }

  private void askForKeyframe(int senderId) {
    long now = CallClock.nowMicros();
    Long last = lastKeyframeRequest.get(senderId);
    if (last == null || now - last >= KEYFRAME_REQUEST_GAP_MICROS) {
      lastKeyframeRequest.put(senderId, now);
      client.requestKeyframe(senderId);
    }
  }

  @Override
  public void audio(WireMessage.Audio packet) {
    CallAudio current = audio;
    if (current != null) {
      current.receive(packet);
    }
  }

  @Override
  public void mediaState(WireMessage.MediaState state) {
    String who = names.getOrDefault(state.senderId(), "#" + state.senderId());
    log.println(
        who
            + (state.microphoneMuted() ? " muted" : " unmuted")
            + " the microphone, camera "
            + (state.cameraOff() ? "off" : "on"));
  }

  @Override
  public void chat(WireMessage.Chat chat) {
    log.println("chat " + names.getOrDefault(chat.senderId(), "me") + ": " + chat.text());
  }

  @Override
  public void keyframeRequested() {
    VideoSender current = sender;
    if (current != null) {
      current.requestKeyframe();
    }
  }

  @Override
  public void callEnded(String reason) {
    endReason = reason;
    ended.countDown();
  }

  /** The statistics file of {@code join --stats-json}. */
  public String statsJson(double durationSeconds) {
    String peers =
        received.values().stream().map(ReceiveStats::toJson).collect(Collectors.joining(","));
    return String.format(
        java.util.Locale.ROOT,
        "{\"name\":%s,\"duration_s\":%.2f,\"sent\":{\"frames\":%d,\"bytes\":%d},"
            + "\"received\":[%s],\"audio\":%s}",
        Json.quote(name),
        durationSeconds,
        sentFrames.get(),
        sentBytes.get(),
        peers,
        audio == null ? AudioStats.EMPTY.toJson() : audio.stats().toJson());
  }

  @Override
  public void close() {
    if (audio != null) {
      audio.close();
    }
    sending.close();
    Threads.shutdown(sendThread, 2_000);
    if (client != null) {
      client.close();
    }
    if (sender != null) {
      sender.close();
    }
    // After the client: its event thread no longer decodes.
    receiver.close();
  }
}
