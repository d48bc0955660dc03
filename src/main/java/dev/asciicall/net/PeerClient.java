package dev.asciicall.net;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import dev.asciicall.common.Threads;
import dev.asciicall.common.Version;
import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireClasses;
import dev.asciicall.net.wire.WireMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A participant's connection to a host. Own video goes out with credits (at most {@link
 * Relay#WINDOW} frames unacknowledged; a newer frame replaces one waiting), so capture is never
 * blocked and a slow link never builds a backlog.
 *
 * <p>Threads: KryoNet's update thread ({@code net-client-update-N}) only queues; events are
 * delivered on {@code net-client-N}. Public methods may be called from any thread.
 */
public final class PeerClient implements AutoCloseable {

  static final int WRITE_BUFFER_BYTES = (Relay.WINDOW + 2) * Limits.MAX_MESSAGE_BYTES;

  /** Room kept in the TCP write buffer when voice falls back to TCP: control messages first. */
  private static final int AUDIO_TCP_RESERVE = 16 * 1024;

  private final Client client = newClient();
  private final ScheduledExecutorService clientThread = Threads.scheduled("net-client");
  private final CallEvents events;
  private final CompletableFuture<WireMessage.Welcome> welcome = new CompletableFuture<>();
  private final ClockEstimate clock = new ClockEstimate();
  private final Object videoLock = new Object();
  private WireMessage.Video pendingVideo;
  private int videoInFlight;
  private volatile int participantId = -1;
  private volatile String endReason;
  private volatile boolean leaving;
  private final UdpPath udp = new UdpPath();

  static {
    KryoLogging.install();
  }

  private PeerClient(CallEvents events) {
    this.events = events;
    WireClasses.register(client.getKryo());
  }

  /**
   * Connects (TCP and UDP), says hello and waits for the host's welcome. Blocks the caller up to
   * about {@code timeoutMillis}; throws with a one-line reason when it fails.
   */
  public static PeerClient connect(
      String host, int tcpPort, int udpPort, String name, CallEvents events, int timeoutMillis)
      throws NetException {
    PeerClient peer = new PeerClient(events);
    try {
      peer.open(host, tcpPort, udpPort, name, timeoutMillis);
      return peer;
    } catch (NetException e) {
      peer.shutdown();
      throw e;
    }
  }

  private void open(String host, int tcpPort, int udpPort, String name, int timeoutMillis)
      throws NetException {
    String where = host + ":" + tcpPort;
    client.addListener(new Queueing());
    client.start();
    client.getUpdateThread().setName("net-client-update");
    try {
      // KryoNet's server closes a connection that does not register UDP when it has a UDP port.
      client.connect(timeoutMillis, host, tcpPort, udpPort);
    } catch (UnknownHostException e) {
      throw new NetException(NetFailure.UNKNOWN_HOST, "unknown host: " + host);
    } catch (SocketTimeoutException e) {
      throw new NetException(NetFailure.TIMED_OUT, "timed out connecting to " + where);
    } catch (ConnectException e) {
      throw new NetException(NetFailure.NOTHING_LISTENING, "nothing is listening on " + where);
    } catch (IOException e) {
      throw new NetException(
          NetFailure.NOTHING_LISTENING, "cannot connect to " + where + ": " + e.getMessage());
    }
    // Only after connecting: the host closes a connection that sends before its UDP registration
    // completes. A dead host is then noticed within 4 s; keep-alives keep a quiet link alive.
    client.setTimeout(4_000);
    client.setKeepAliveTCP(1_000);
    client.sendTCP(new WireMessage.Hello(Version.PROTOCOL, Version.application(), name));
    try {
      WireMessage.Welcome welcomed = welcome.get(timeoutMillis, TimeUnit.MILLISECONDS);
      participantId = welcomed.participantId();
    } catch (ExecutionException e) {
      throw (NetException) e.getCause();
    } catch (TimeoutException e) {
      throw new NetException(NetFailure.TIMED_OUT, "the host at " + where + " did not answer");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetException(NetFailure.TIMED_OUT, "interrupted while joining " + where);
    }
    clientThread.scheduleWithFixedDelay(this::ping, 0, 1, TimeUnit.SECONDS);
    clientThread.scheduleWithFixedDelay(this::probeUdp, 0, UdpPath.PROBE_MILLIS, MILLISECONDS);
  }

  private static Client newClient() {
    SelectorPacing pacing = SelectorPacing.forClient();
    return new Client(WRITE_BUFFER_BYTES, HostServer.OBJECT_BUFFER_BYTES) {
      @Override
      public void update(int timeout) throws IOException {
        super.update(timeout);
        pacing.afterUpdate(this);
      }
    };
  }

  /** Our id in the call. */
  public int participantId() {
    return participantId;
  }

  /** The call's name and the display name the host gave us (it may add a number). */
  public WireMessage.Welcome welcome() {
    return welcome.getNow(null);
  }

  /** Round trip and clock offset to the host, from ping/pong. */
  public ClockEstimate clock() {
    return clock;
  }

  /**
   * Offers our newest encoded frame. Any thread; never blocks: if the window is full the frame
   * waits and a newer one replaces it.
   *
   * @param captureMicros capture time on {@link CallClock}
   */
  public void sendVideo(long sequence, long captureMicros, byte[] payload) {
    WireMessage.Video video =
        new WireMessage.Video(
            participantId, sequence, captureMicros + clock.offsetMicros(), payload);
    synchronized (videoLock) {
      pendingVideo = video;
      sendPendingVideo();
    }
  }

  /**
   * Sends one voice packet to everyone: over UDP once the host has echoed our UDP probes, over TCP
   * before that or when UDP stops getting through. Any thread; never blocks or queues: when the TCP
   * buffer is filling up the packet is dropped and the receivers conceal it.
   *
   * @param captureMicros capture time on {@link CallClock}
   */
  public void sendAudio(long sequence, long captureMicros, int flags, byte[] payload) {
    WireMessage.Audio audio =
        new WireMessage.Audio(
            participantId, sequence, captureMicros + clock.offsetMicros(), flags, payload);
    if (!client.isConnected()) {
      return;
    }
    if (udp.works()) {
      try {
        client.sendUDP(audio);
        return;
      } catch (RuntimeException e) {
        udp.failed();
      }
    }
    if (client.getTcpWriteBufferSize() + payload.length + AUDIO_TCP_RESERVE <= WRITE_BUFFER_BYTES) {
      Relay.sendQuietly(client, audio);
    }
  }

  /** Whether our voice currently goes over UDP (else TCP). */
  public boolean audioOverUdp() {
    return udp.works();
  }

  /**
   * Tells everyone, and everyone who joins later, whether our microphone is muted and our camera
   * off. Any thread.
   */
  public void sendMediaState(WireMessage.MediaState state) {
    if (state.senderId() != participantId) {
      throw new IllegalArgumentException("media state must carry our id " + participantId);
    }
    Relay.sendQuietly(client, state);
  }

  /** Test seam: behave as if a firewall dropped every UDP datagram in both directions. */
  void blockUdpForTests() {
    udp.block();
  }

  /** Test seam: the raw connection, to send what a well-behaved client never would. */
  Connection connectionForTests() {
    return client;
  }

  /** Sends a chat line to everyone. Any thread. */
  public void sendChat(String text) {
    Relay.sendQuietly(
        client, new WireMessage.Chat(participantId, System.currentTimeMillis(), text));
  }

  /** Asks {@code senderId} (through the host) for a keyframe. Any thread. */
  public void requestKeyframe(int senderId) {
    Relay.sendQuietly(client, new WireMessage.KeyframeRequest(senderId));
  }

  /** Leaves the call: tells the host and closes. */
  @Override
  public void close() {
    leaving = true;
    if (participantId >= 0 && client.isConnected()) {
      Relay.sendQuietly(client, new WireMessage.ParticipantLeft(participantId, "left"));
      awaitFlushed();
    }
    shutdown();
  }

  /**
   * Gives the goodbye a moment to leave the write buffer, so the host announces "left the call"
   * rather than "connection lost". Bounded: a stalled connection closes anyway after 500 ms.
   */
  private void awaitFlushed() {
    long deadline = System.nanoTime() + 500_000_000L;
    try {
      while (client.isConnected()
          && client.getTcpWriteBufferSize() > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      // The bytes are in the kernel now; a short pause lets the host read them before the FIN.
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void shutdown() {
    client.stop();
    client.close();
    Threads.shutdown(clientThread, 2_000);
  }

  private void sendPendingVideo() {
    if (pendingVideo != null && videoInFlight < Relay.WINDOW && client.isConnected()) {
      WireMessage.Video video = pendingVideo;
      pendingVideo = null;
      videoInFlight++;
      Relay.sendQuietly(client, video);
    }
  }

  /** On {@code net-client-N}; a probe that cannot go out just means UDP does not work (yet). */
  private void probeUdp() {
    if (!client.isConnected() || udp.blocked()) {
      return;
    }
    try {
      client.sendUDP(new WireMessage.UdpProbe(CallClock.nowMicros(), udp.works()));
    } catch (RuntimeException e) {
      udp.failed();
    }
  }

  private void ping() {
    if (client.isConnected()) {
      Relay.sendQuietly(client, new WireMessage.Ping(CallClock.nowMicros()));
    }
  }

  /** On {@code net-client-N}, in arrival order. */
  private void onReceived(WireMessage message) {
    if (message instanceof WireMessage.Audio audio) {
      events.audio(audio);
    } else if (message instanceof WireMessage.Video video) {
      events.video(video);
      Relay.sendQuietly(client, new WireMessage.VideoAck(video.senderId(), video.sequence()));
    } else if (message instanceof WireMessage.VideoAck) {
      synchronized (videoLock) {
        videoInFlight = Math.max(0, videoInFlight - 1);
        sendPendingVideo();
      }
    } else if (message instanceof WireMessage.Pong pong) {
      clock.sample(pong.pingSentMicros(), pong.answeredMicros(), CallClock.nowMicros());
    } else if (message instanceof WireMessage.Chat chat) {
      events.chat(chat);
    } else if (message instanceof WireMessage.MediaState state) {
      events.mediaState(state);
    } else if (message instanceof WireMessage.ParticipantJoined joined) {
      events.participantJoined(joined.id(), joined.name());
    } else if (message instanceof WireMessage.ParticipantLeft left) {
      events.participantLeft(left.id(), left.reason());
    } else if (message instanceof WireMessage.KeyframeRequest) {
      events.keyframeRequested();
    } else if (message instanceof WireMessage.Welcome welcomed) {
      welcome.complete(welcomed);
    } else if (message instanceof WireMessage.Refusal refusal) {
      endReason = refusal.message();
      welcome.completeExceptionally(new NetException(failureOf(refusal), refusal.message()));
    } else if (message instanceof WireMessage.CallEnded ended) {
      endReason = ended.reason();
    }
  }

  private void onDisconnected() {
    welcome.completeExceptionally(
        new NetException(NetFailure.REFUSED, "the host closed the connection"));
    if (!leaving && welcome.isDone() && !welcome.isCompletedExceptionally()) {
      String reason = endReason != null ? endReason : "lost the connection to the host";
      events.callEnded(reason);
    }
  }

  private static NetFailure failureOf(WireMessage.Refusal refusal) {
    try {
      return NetFailure.valueOf(refusal.reason());
    } catch (IllegalArgumentException e) {
      return NetFailure.REFUSED;
    }
  }

  /** Runs on KryoNet's update thread: hands everything to {@code net-client-N}. */
  private final class Queueing extends Listener {
    @Override
    public void received(Connection connection, Object object) {
      if (object instanceof WireMessage.UdpProbe) {
        // The host answers probes only over UDP, so this one came through.
        udp.echoed();
      } else if (object instanceof WireMessage message) {
        clientThread.execute(() -> onReceived(message));
      }
    }

    @Override
    public void disconnected(Connection connection) {
      clientThread.execute(PeerClient.this::onDisconnected);
    }
  }
}
