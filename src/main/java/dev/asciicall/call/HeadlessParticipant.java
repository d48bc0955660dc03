package dev.asciicall.call;

import dev.asciicall.capture.CaptureException;
import dev.asciicall.capture.FrameSource;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.common.Threads;
import dev.asciicall.net.CallClock;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.NetException;
import dev.asciicall.net.PeerClient;
import dev.asciicall.net.wire.WireMessage;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A participant without a window: sends its source as ASCII at a steady rate, receives everyone,
 * keeps statistics. Capture runs on {@code capture-N}; events arrive on the client's network
 * thread. Used by {@code join --headless} and the call benchmark.
 */
public final class HeadlessParticipant implements CallEvents, AutoCloseable {

  private final String name;
  private final PrintStream log;
  private final Map<Integer, String> names = new ConcurrentHashMap<>();
  private final Map<Integer, ReceiveStats> received = new ConcurrentHashMap<>();
  private final AtomicLong sentFrames = new AtomicLong();
  private final AtomicLong sentBytes = new AtomicLong();
  private final CountDownLatch ended = new CountDownLatch(1);
  private final ScheduledExecutorService capture = Threads.scheduled("capture");
  private volatile String endReason;
  private PeerClient client;

  public HeadlessParticipant(String name, PrintStream log) {
    this.name = name;
    this.log = log;
  }

  /** Joins; throws with a one-line reason if that fails. Blocks up to the timeout. */
  public void join(String host, int tcpPort, int udpPort, int timeoutMillis) throws NetException {
    client = PeerClient.connect(host, tcpPort, udpPort, name, this, timeoutMillis);
  }

  /** Starts sending {@code source} at {@code framesPerSecond}; capture never waits for the net. */
  public void startSending(FrameSource source, double framesPerSecond, int columns, int rows)
      throws CaptureException {
    source.open();
    PlainAsciiEncoder encoder = new PlainAsciiEncoder(columns, rows);
    long periodMicros = (long) (1_000_000 / framesPerSecond);
    capture.scheduleAtFixedRate(
        () -> {
          try {
            VideoFrame frame = source.read();
            byte[] payload = encoder.encode(frame);
            client.sendVideo(
                frame.sequence(), CallClock.fromNanoTime(frame.timestampNanos()), payload);
            sentFrames.incrementAndGet();
            sentBytes.addAndGet(payload.length);
          } catch (CaptureException e) {
            log.println("capture failed: " + e.getMessage());
          }
        },
        0,
        periodMicros,
        TimeUnit.MICROSECONDS);
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
    log.println("left: " + names.getOrDefault(id, "#" + id) + " (" + reason + ")");
  }

  @Override
  public void video(WireMessage.Video video) {
    long now = CallClock.nowMicros();
    long latency = now + client.clock().offsetMicros() - video.captureMicros();
    received
        .computeIfAbsent(video.senderId(), id -> new ReceiveStats(names.getOrDefault(id, "#" + id)))
        .frame(video.payload().length, latency, now);
  }

  @Override
  public void chat(WireMessage.Chat chat) {
    log.println("chat " + names.getOrDefault(chat.senderId(), "me") + ": " + chat.text());
  }

  @Override
  public void keyframeRequested() {
    // Every frame of the plain encoding is self-contained.
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
            + "\"received\":[%s]}",
        Json.quote(name),
        durationSeconds,
        sentFrames.get(),
        sentBytes.get(),
        peers);
  }

  @Override
  public void close() {
    Threads.shutdown(capture, 2_000);
    if (client != null) {
      client.close();
    }
  }
}
