package dev.asciicall.net;

import static dev.asciicall.net.UdpPath.PROBE_MILLIS;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

import dev.asciicall.common.Threads;
import dev.asciicall.net.wire.EndToEndMedia;
import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireMessage;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A participant's connection to a host. {@link Joining} lets it in (handshake, hello, passphrase);
 * then {@link JoinedCall} handles what the call sends, our video goes out through a {@link
 * VideoUplink} (credited, latest frame wins) and our voice through a {@link VoiceUplink} (UDP, or
 * TCP when UDP does not get through), over one {@link HostConnection}.
 *
 * <p>Security: the connection starts with a handshake (fresh X25519, both identities proven), then
 * every message travels sealed ({@link SecureLink}); a passphrase, if the host asks, is proven with
 * SRP-6a. Media is sealed end to end ({@link MediaKeys}) as it leaves and opened before {@link
 * CallEvents#video}, so the host relays what it cannot read and callers see plaintext.
 *
 * <p>Threads ({@link ClientThreads}): KryoNet's update thread only queues; everything else happens
 * in order on the client thread, where the events are delivered. Public methods may be called from
 * any thread.
 */
public final class PeerClient implements AutoCloseable {

  static final int WRITE_BUFFER_BYTES = HostConnection.WRITE_BUFFER_BYTES;

  private static final long STOP_WAIT_MILLIS = 2_000;

  private final ClientThreads threads;
  private final CallEvents events;
  private final JoinOptions options;
  private final HostConnection connection;
  private final SecureLink link;
  private final ClockEstimate clock = new ClockEstimate();
  private final VideoUplink video;
  private final VoiceUplink voice;
  private final Joining joining;
  private volatile MediaKeys keys = MediaKeys.NONE;
  private volatile int participantId = -1;
  private volatile String endReason;
  private volatile boolean leaving;
  private volatile boolean lostHost;
  // Client thread only: the joining steps' handlers until the welcome, then the call's.
  private Dispatch handlers = new Dispatch();

  static {
    KryoLogging.install();
  }

  private PeerClient(
      CallEvents events, JoinOptions options, ClientThreads threads, String hostLabel) {
    this.events = events;
    this.options = options;
    this.threads = threads;
    this.connection = new HostConnection(options.encryption());
    this.link = new SecureLink(connection.client(), options.encryption(), new AtomicLong());
    this.video = new VideoUplink(link, () -> keys);
    this.voice = new VoiceUplink(link, () -> keys, WRITE_BUFFER_BYTES);
    this.joining = new Joining(options, link, hostLabel, this::fail);
  }

  /** Connects with a throwaway identity and no passphrase. */
  public static PeerClient connect(
      String host, int tcpPort, int udpPort, String name, CallEvents events, int timeoutMillis)
      throws NetException {
    return connect(host, tcpPort, udpPort, JoinOptions.named(name), events, timeoutMillis);
  }

  /** Connects on {@linkplain ClientThreads#named() named threads}. */
  public static PeerClient connect(
      String host,
      int tcpPort,
      int udpPort,
      JoinOptions options,
      CallEvents events,
      int timeoutMillis)
      throws NetException {
    return connect(host, tcpPort, udpPort, options, events, timeoutMillis, ClientThreads.named());
  }

  /**
   * Connects (TCP and UDP), runs the secure handshake, proves the passphrase if the host asks, says
   * hello and waits for the host's welcome. Blocks the caller up to about {@code timeoutMillis};
   * throws with a one-line reason when it fails (e.g. {@code wrong passphrase}).
   *
   * @param threads the threads to run on; the client shuts them down when it leaves or fails
   */
  public static PeerClient connect(
      String host,
      int tcpPort,
      int udpPort,
      JoinOptions options,
      CallEvents events,
      int timeoutMillis,
      ClientThreads threads)
      throws NetException {
    String where = host + ":" + tcpPort;
    PeerClient peer = new PeerClient(events, options, threads, "host " + where);
    try {
      peer.connection.open(
          host,
          tcpPort,
          udpPort,
          timeoutMillis,
          new ClientListener(
              threads.events(), messages -> peer.onArrived(messages), peer::onDisconnected),
          peer::onDatagram,
          threads.network(),
          peer::threadFailed);
      threads.events().execute(peer::startJoining);
      peer.participantId = peer.joining.awaitWelcome(where, timeoutMillis).participantId();
    } catch (NetException e) {
      peer.shutdown();
      throw e;
    }
    threads.events().scheduleWithFixedDelay(peer::ping, 0, 1_000, MILLISECONDS);
    threads.events().scheduleWithFixedDelay(peer.voice::probe, 0, PROBE_MILLIS, MILLISECONDS);
    return peer;
  }

  /** On the UDP thread: onto the client thread, in order with everything else. */
  private void onDatagram(byte[] datagram) {
    try {
      threads.events().execute(() -> datagramArrived(datagram));
    } catch (RejectedExecutionException left) {
      // We left: nothing more to hear.
    }
  }

  /** Client thread: a datagram from the host's address, opened with the connection's keys. */
  private void datagramArrived(byte[] datagram) {
    if (participantId < 0 || joining.welcome().isCompletedExceptionally()) {
      return;
    }
    try {
      WireMessage message = link.openDatagram(datagram);
      if (message != null) {
        handlers.handle(message);
      }
    } catch (SecureLink.ProtocolViolation e) {
      fail(new NetException(NetFailure.PROTOCOL_ERROR, "the host " + e.getMessage()));
    }
  }

  /**
   * A network thread ended with {@code error}: an error (out of memory) is fatal and its owner
   * hears of it; KryoNet ends its thread with an exception only after closing the connection, which
   * ends the call as a lost connection anyway.
   */
  private void threadFailed(Throwable error) {
    if (error instanceof Error) {
      threads.fatal().accept(error);
      endReason = "the connection failed: " + error;
      connection.disconnect();
    }
  }

  /** Client thread. */
  private void startJoining() {
    handlers = joining.handlers(this::welcomed);
    joining.start();
  }

  /**
   * Whether the call ended because the connection to the host was lost (the host vanished, the
   * network failed), rather than the host ending it, removing us, or our leaving.
   */
  public boolean lostHost() {
    return lostHost;
  }

  /** Our id in the call. */
  public int participantId() {
    return participantId;
  }

  /** The call's name and the display name the host gave us (it may add a number). */
  public CallWelcome welcome() {
    WireMessage.Welcome welcomed = joining.welcome().getNow(null);
    return welcomed == null ? null : CallWelcome.of(welcomed);
  }

  /** The safety code of the connection to the host, to compare by voice; null in a plain call. */
  public PeerVerification hostVerification() {
    return joining.hostVerification();
  }

  /** Envelopes and media packets refused since joining (tampered, replayed, reordered, unkeyed). */
  public long rejectedCount() {
    return link.rejectedCount() + keys.rejectedCount();
  }

  /** Round trip and clock offset to the host, from ping/pong. */
  public ClockEstimate clock() {
    return clock;
  }

  /**
   * Offers our newest encoded frame, captured at {@code captureMicros} on {@link CallClock}. Any
   * thread; never blocks: if the window is full the frame waits and a newer one replaces it.
   */
  public void sendVideo(long sequence, long captureMicros, byte[] payload) {
    video.offer(
        new WireMessage.Video(
            participantId, sequence, captureMicros + clock.offsetMicros(), payload));
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
    voice.send(
        new WireMessage.Audio(
            participantId, sequence, captureMicros + clock.offsetMicros(), flags, payload));
  }

  /** Whether our voice currently goes over UDP (else TCP). */
  public boolean audioOverUdp() {
    return voice.overUdp();
  }

  /**
   * Tells everyone, and everyone who joins later, whether our microphone is muted and our camera
   * off; {@code media} must carry our id. Any thread.
   */
  public void sendMediaState(PeerMedia media) {
    if (media.participantId() != participantId) {
      throw new IllegalArgumentException("media state must carry our id " + participantId);
    }
    link.send(media.toWire());
  }

  /** Sends a chat line to everyone. Any thread. */
  public void sendChat(String text) {
    link.send(new WireMessage.Chat(participantId, System.currentTimeMillis(), text));
  }

  /** Asks {@code senderId} (through the host) for a keyframe. Any thread. */
  public void requestKeyframe(int senderId) {
    link.send(new WireMessage.KeyframeRequest(senderId));
  }

  // Test seams: a firewall that drops all UDP; what a well-behaved client never sends; media over
  // UDP (sealed end to end and for the link); the end-to-end keys held (null in a plain call).

  void blockUdpForTests() {
    voice.block();
  }

  void sendSealedForTests(WireMessage message) {
    link.send(message);
  }

  /** Seals any bytes as if they were a serialised message: what a fuzzer sends. */
  void sendSealedBytesForTests(byte[] plaintext) {
    link.sendSealed(List.of(plaintext));
  }

  void sendMediaDatagram(EndToEndMedia media) {
    link.sendDatagram(keys.seal(media));
  }

  EndToEndKeys mediaKeys() {
    return keys instanceof EndToEndKeys endToEnd ? endToEnd : null;
  }

  /**
   * Leaves the call: tells the host and closes. Returns once KryoNet has stopped calling back (or
   * after a few seconds), so no event comes after it.
   */
  @Override
  public void close() {
    leaving = true;
    if (participantId >= 0 && connection.isConnected()) {
      link.send(new WireMessage.ParticipantLeft(participantId, "left"));
      // So the host announces "left the call" rather than "connection lost".
      connection.awaitFlushed();
    }
    shutdown();
  }

  /** KryoNet first, and its update thread gone, then the client thread: nothing calls back late. */
  private void shutdown() {
    connection.close();
    Threads.shutdown(threads.events(), STOP_WAIT_MILLIS);
  }

  private void ping() {
    if (connection.isConnected()) {
      long now = CallClock.nowMicros();
      clock.sent(now);
      link.send(new WireMessage.Ping(now));
    }
  }

  /**
   * Client thread: the messages of one frame from the host. What we send in answer (the
   * acknowledgements of its frames, say) goes out together once they are handled.
   */
  private void onArrived(List<WireMessage> messages) {
    link.hold();
    try {
      messages.forEach(this::onArrived);
    } finally {
      link.release();
    }
  }

  /** Client thread, in arrival order: the handshake first, then only envelopes. */
  private void onArrived(WireMessage arrived) {
    if (joining.welcome().isCompletedExceptionally()) {
      return;
    }
    try {
      if (!link.ready()) {
        joining.beforeHandshake(arrived);
        return;
      }
      WireMessage message = link.open(arrived);
      if (message != null) {
        // What the host never sends at this stage is ignored.
        handlers.handle(message);
      }
    } catch (NetException e) {
      fail(e);
    } catch (SecureLink.ProtocolViolation e) {
      fail(new NetException(NetFailure.PROTOCOL_ERROR, "the host " + e.getMessage()));
    }
  }

  /** The host let us in: from now on the call's handlers, with our keys. Client thread. */
  private void welcomed(WireMessage.Welcome welcome) {
    participantId = welcome.participantId();
    int id = participantId;
    link.datagramPath(envelope -> connection.sendDatagram(Datagrams.fromParticipant(id, envelope)));
    JoinedCall call = JoinedCall.welcomed(welcome, options, link, events, this::requestKeyframe);
    keys = call.keys();
    handlers = call.handlers(video, voice, clock, reason -> endReason = reason);
    call.start(joining.hostVerification());
  }

  /** Client thread, as is the one below. */
  private void fail(NetException failure) {
    endReason = failure.getMessage();
    joining.welcome().completeExceptionally(failure);
    connection.disconnect();
  }

  private void onDisconnected() {
    joining
        .welcome()
        .completeExceptionally(
            new NetException(NetFailure.REFUSED, "the host closed the connection"));
    if (!leaving && !joining.welcome().isCompletedExceptionally()) {
      if (endReason == null) {
        lostHost = true;
      }
      events.callEnded(endReason != null ? endReason : "lost the connection to the host");
    }
  }
}
