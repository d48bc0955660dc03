package dev.asciicall.net;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import dev.asciicall.common.Threads;
import dev.asciicall.common.Version;
import dev.asciicall.crypto.GroupMember;
import dev.asciicall.crypto.SafetyCode;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.EndToEndMedia;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * A participant's connection to a host. Own video goes out with credits (at most {@link
 * Relay#WINDOW} frames unacknowledged; a newer frame replaces one waiting), so capture is never
 * blocked and a slow link never builds a backlog.
 *
 * <p>Security: the connection starts with a handshake (fresh X25519, both identities proven), then
 * every message travels sealed ({@link SecureLink}); a passphrase, if the host asks, is proven with
 * SRP-6a. Media is sealed end to end ({@link MediaKeys}) in {@link #sendVideo} and opened before
 * {@link CallEvents#video}, so the host relays what it cannot read and callers see plaintext.
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
  private final JoinOptions options;
  private final SecureLink link;
  // Client event thread only.
  private JoinSecurity security;
  private String hostLabel;
  private volatile MediaKeys keys;
  private volatile PeerVerification hostVerification;
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

  private PeerClient(CallEvents events, JoinOptions options) {
    this.events = events;
    this.options = options;
    this.link = new SecureLink(client, options.encryption(), new AtomicLong());
    if (options.encryption() == Encryption.END_TO_END) {
      WireClasses.registerTransport(client.getKryo());
    } else {
      WireClasses.register(client.getKryo());
    }
  }

  /**
   * Connects with a throwaway identity and no passphrase; see {@link #connect(String, int, int,
   * JoinOptions, CallEvents, int)}.
   */
  public static PeerClient connect(
      String host, int tcpPort, int udpPort, String name, CallEvents events, int timeoutMillis)
      throws NetException {
    return connect(host, tcpPort, udpPort, JoinOptions.named(name), events, timeoutMillis);
  }

  /**
   * Connects (TCP and UDP), runs the secure handshake, proves the passphrase if the host asks, says
   * hello and waits for the host's welcome. Blocks the caller up to about {@code timeoutMillis};
   * throws with a one-line reason when it fails (e.g. {@code wrong passphrase}).
   */
  public static PeerClient connect(
      String host,
      int tcpPort,
      int udpPort,
      JoinOptions options,
      CallEvents events,
      int timeoutMillis)
      throws NetException {
    PeerClient peer = new PeerClient(events, options);
    try {
      peer.open(host, tcpPort, udpPort, options.name(), timeoutMillis);
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
    hostLabel = "host " + where;
    if (options.encryption() == Encryption.END_TO_END) {
      clientThread.execute(
          () -> {
            security = new JoinSecurity(options);
            link.sendClear(security.hello());
          });
    } else {
      link.send(hello(name));
    }
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

  /**
   * The safety code of the encrypted connection to the host (to compare with the host by voice), or
   * null in a benchmark's plain call.
   */
  public PeerVerification hostVerification() {
    return hostVerification;
  }

  /** Envelopes and media packets refused since joining (tampered, replayed, reordered, unkeyed). */
  public long rejectedCount() {
    MediaKeys current = keys;
    return link.rejectedCount() + (current == null ? 0 : current.rejectedCount());
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
    if (payload.length > Limits.MAX_AUDIO_PAYLOAD) {
      throw new IllegalArgumentException("audio payload of " + payload.length + " bytes");
    }
    WireMessage.Audio plain =
        new WireMessage.Audio(
            participantId, sequence, captureMicros + clock.offsetMicros(), flags, payload);
    if (!client.isConnected()) {
      return;
    }
    MediaKeys current = keys;
    WireMessage audio = current == null ? plain : current.seal(plain);
    if (udp.works()) {
      if (link.sendDatagram(audio)) {
        return;
      }
      udp.failed();
    }
    if (client.getTcpWriteBufferSize() + payload.length + AUDIO_TCP_RESERVE <= WRITE_BUFFER_BYTES) {
      link.send(audio);
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
    link.send(state);
  }

  /** Test seam: behave as if a firewall dropped every UDP datagram in both directions. */
  void blockUdpForTests() {
    udp.block();
  }

  /** Test seam: sends, sealed as usual, what a well-behaved client never would. */
  void sendSealedForTests(WireMessage message) {
    link.send(message);
  }

  /** Sends a chat line to everyone. Any thread. */
  public void sendChat(String text) {
    link.send(new WireMessage.Chat(participantId, System.currentTimeMillis(), text));
  }

  /** Asks {@code senderId} (through the host) for a keyframe. Any thread. */
  public void requestKeyframe(int senderId) {
    link.send(new WireMessage.KeyframeRequest(senderId));
  }

  /**
   * Sends small media (audio) over UDP, sealed end to end and for the link. Any thread; a lost
   * datagram is simply lost.
   */
  void sendMediaDatagram(EndToEndMedia media) {
    MediaKeys current = keys;
    link.sendDatagram(current == null ? (WireMessage) media : current.seal(media));
  }

  /** Leaves the call: tells the host and closes. */
  @Override
  public void close() {
    leaving = true;
    if (participantId >= 0 && client.isConnected()) {
      link.send(new WireMessage.ParticipantLeft(participantId, "left"));
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
      MediaKeys current = keys;
      // Sealed only now, when it really leaves: a frame replaced while waiting costs nothing.
      link.send(current == null ? video : current.seal(video));
    }
  }

  /** On {@code net-client-N}; a probe that cannot go out just means UDP does not work (yet). */
  private void probeUdp() {
    if (!client.isConnected() || udp.blocked()) {
      return;
    }
    if (!link.sendDatagram(new WireMessage.UdpProbe(CallClock.nowMicros(), udp.works()))) {
      udp.failed();
    }
  }

  private void ping() {
    if (client.isConnected()) {
      link.send(new WireMessage.Ping(CallClock.nowMicros()));
    }
  }

  /** On {@code net-client-N}, in arrival order: the handshake first, then only envelopes. */
  private void onArrived(WireMessage arrived) {
    if (welcome.isCompletedExceptionally()) {
      return;
    }
    try {
      if (!link.ready()) {
        beforeHandshake(arrived);
        return;
      }
      WireMessage message = link.open(arrived);
      if (message != null) {
        onReceived(message);
      }
    } catch (NetException e) {
      fail(e);
    } catch (SecureLink.ProtocolViolation e) {
      fail(new NetException(NetFailure.PROTOCOL_ERROR, "the host " + e.getMessage()));
    }
  }

  private void beforeHandshake(WireMessage arrived) throws NetException {
    if (arrived instanceof WireMessage.Handshake serverHello && security != null) {
      link.sendClear(security.finish(serverHello));
      link.established(security.session());
      SecureSession session = security.session();
      hostVerification =
          new PeerVerification(
              0,
              hostLabel,
              session.safetyCode().toString(),
              MediaKeys.keyChangedIn(options.knownPeers(), hostLabel, session.peer()));
      link.send(hello(options.name()));
    } else if (arrived instanceof WireMessage.Refusal refusal) {
      // An old host refuses in the clear; it cannot do more harm than closing would.
      fail(new NetException(failureOf(refusal), refusal.message()));
    }
    // Anything else before the handshake is ignored: it is unauthenticated.
  }

  private void fail(NetException failure) {
    endReason = failure.getMessage();
    welcome.completeExceptionally(failure);
    client.close();
  }

  /** A message that was sealed (or, in a plain benchmark call, sent plain). */
  private void onReceived(WireMessage message) throws NetException {
    if (message instanceof WireMessage.Audio audio) {
      MediaKeys current = keys;
      WireMessage opened = current == null ? audio : current.open(audio);
      if (opened instanceof WireMessage.Audio plain) {
        events.audio(plain);
      }
    } else if (message instanceof WireMessage.UdpProbe) {
      // The host answers probes only over UDP, so this one came through.
      udp.echoed();
    } else if (message instanceof WireMessage.MediaState state) {
      events.mediaState(state);
    } else if (message instanceof WireMessage.Video video) {
      MediaKeys current = keys;
      WireMessage opened = current == null ? video : current.open(video);
      if (opened instanceof WireMessage.Video plain) {
        events.video(plain);
      }
      // Acknowledged even when it could not be opened, so the sender's credits come back.
      link.send(new WireMessage.VideoAck(video.senderId(), video.sequence()));
    } else if (message instanceof WireMessage.MemberKey memberKey) {
      admit(memberKey);
    } else if (message instanceof WireMessage.SenderKey senderKey) {
      MediaKeys current = keys;
      if (current != null) {
        current.accept(senderKey);
      }
    } else if (message instanceof WireMessage.Passphrase passphrase && security != null) {
      WireMessage.Passphrase proof = security.passphrase(passphrase);
      if (proof != null) {
        link.send(proof);
      }
    } else if (message instanceof WireMessage.VideoAck) {
      synchronized (videoLock) {
        videoInFlight = Math.max(0, videoInFlight - 1);
        sendPendingVideo();
      }
    } else if (message instanceof WireMessage.Pong pong) {
      clock.sample(pong.pingSentMicros(), pong.answeredMicros(), CallClock.nowMicros());
    } else if (message instanceof WireMessage.Chat chat) {
      events.chat(chat);
    } else if (message instanceof WireMessage.ParticipantJoined joined) {
      events.participantJoined(joined.id(), joined.name());
    } else if (message instanceof WireMessage.ParticipantLeft left) {
      MediaKeys current = keys;
      if (current != null) {
        // Renew our key before anything else goes out: they must not read what follows.
        current.remove(left.id());
      }
      events.participantLeft(left.id(), left.reason());
    } else if (message instanceof WireMessage.KeyframeRequest) {
      events.keyframeRequested();
    } else if (message instanceof WireMessage.Welcome welcomed) {
      participantId = welcomed.participantId();
      if (options.encryption() == Encryption.END_TO_END) {
        keys =
            new MediaKeys(
                welcomed.participantId(),
                options.identity(),
                options.name(),
                welcomed.callId(),
                link::send,
                this::requestKeyframe,
                options.knownPeers());
        // Before any key message of ours: everyone must know us before our sender key arrives.
        link.send(keys.announcement());
        if (hostVerification != null) {
          events.participantVerified(hostVerification);
        }
      }
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

  /**
   * Admits a participant's keys. The host's own announcement must carry the identity the
   * connection's handshake proved; if not, someone sits between us and the host, and it is flagged.
   */
  private void admit(WireMessage.MemberKey memberKey) {
    MediaKeys current = keys;
    if (current == null) {
      return;
    }
    GroupMember member = current.admit(memberKey);
    if (member == null) {
      return;
    }
    SecureSession session = link.session();
    if (memberKey.participantId() != HostServer.HOST_ID
        || session == null
        || member.identity().equals(session.peer())) {
      // For the host this is the code of the connection again, now under the host's own name.
      events.participantVerified(current.verification(memberKey.participantId(), member));
    } else {
      events.participantVerified(
          new PeerVerification(
              HostServer.HOST_ID,
              member.name(),
              SafetyCode.between(session.local(), session.peer()).toString(),
              true));
    }
  }

  private static WireMessage.Hello hello(String name) {
    return new WireMessage.Hello(Version.PROTOCOL, Version.application(), name);
  }

  /** The keys this participant holds, for tests of what it can and cannot open. */
  MediaKeys mediaKeys() {
    return keys;
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
      if (object instanceof WireMessage message) {
        clientThread.execute(() -> onArrived(message));
      }
    }

    @Override
    public void disconnected(Connection connection) {
      clientThread.execute(PeerClient.this::onDisconnected);
    }
  }
}
