package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import dev.asciicall.common.Threads;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireMessage;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts a call: accepts participants, tells everyone who joins and leaves, and relays each
 * participant's video, voice and chat to all others (a star). The host itself takes part as id 0
 * unless it runs headless.
 *
 * <p>The parts: {@link HostListener} takes KryoNet's callbacks; {@link HostDispatch} opens what
 * arrives and handles each message type; {@link Admission} lets newcomers in; the {@link Roster}
 * knows who is there; {@link KeyRouting} passes end-to-end keys; {@link Relay} and {@link
 * AudioRelay} forward media with flow control; the host's own participant is a {@link
 * LocalParticipant}, one more seat beside the remote {@link Member}s.
 *
 * <p>Security: every connection starts with a handshake and then carries only sealed envelopes
 * ({@link SecureLink}); joiners prove the passphrase if there is one. Media is sealed end to end by
 * each sender: a headless host relays ciphertext and key messages it cannot read; a host that takes
 * part has keys like any participant. The host can remove participants, lock the call and limit its
 * size.
 *
 * <p>Threads ({@link HostThreads}): KryoNet's update thread only reads and queues; all decisions
 * run on one host thread, so the call state needs no locks; the host's own participant hears the
 * call on a thread of its own. Public methods may be called from any thread; they hop onto the host
 * thread.
 */
public final class HostServer implements AutoCloseable {

  static final int WRITE_BUFFER_BYTES = HostPorts.WRITE_BUFFER_BYTES;
  static final int OBJECT_BUFFER_BYTES = HostPorts.OBJECT_BUFFER_BYTES;
  static final int HOST_ID = 0;

  private static final long STOP_WAIT_MILLIS = 2_000;
  private static final Logger LOG = LoggerFactory.getLogger(HostServer.class);

  private final HostPorts ports;
  private final HostThreads threads;
  private final HostOptions options;
  private final AtomicLong rejectedEnvelopes = new AtomicLong();
  private final Relay relay = new Relay(WRITE_BUFFER_BYTES);
  private final AudioRelay audioRelay = new AudioRelay(WRITE_BUFFER_BYTES);
  private final LocalParticipant self;
  private final Roster roster;
  private final Admission admission;
  private final HostDispatch dispatch;
  private volatile boolean closed;
  // Each member's connection figures by participant id, for readers on any thread.
  private final Map<Integer, ClockEstimate> measured = new ConcurrentHashMap<>();

  static {
    KryoLogging.install();
  }

  private HostServer(HostOptions options, CallEvents events, HostThreads threads) {
    this.options = options;
    this.threads = threads;
    this.ports = new HostPorts(options.encryption());
    byte[] callId = new byte[16];
    new SecureRandom().nextBytes(callId);
    this.self = new LocalParticipant(options, callId, events, threads.local(), new SelfHost());
    this.roster = new Roster(options.callName(), callId, options.knownPeers(), self);
    this.admission = new Admission(roster, options, threads.host());
    this.dispatch = new HostDispatch(roster, admission, new KeyRouting(roster), relay, audioRelay);
  }

  /**
   * Binds the ports and starts hosting with a throwaway identity, no passphrase and the largest
   * call; see {@link #start(int, int, HostOptions, CallEvents)}.
   *
   * @param hostName the host's own display name, or {@code null} for a headless relay
   * @param events told about the call for the host's own participant; may ignore video
   */
  public static HostServer start(
      int tcpPort, int udpPort, String callName, String hostName, CallEvents events)
      throws NetException {
    return start(tcpPort, udpPort, HostOptions.of(callName, hostName), events);
  }

  /** Binds the ports and starts hosting on {@linkplain HostThreads#named() named threads}. */
  public static HostServer start(int tcpPort, int udpPort, HostOptions options, CallEvents events)
      throws NetException {
    return start(tcpPort, udpPort, options, events, HostThreads.named());
  }

  /**
   * Binds the ports and starts hosting.
   *
   * @param events told about the call for the host's own participant (a headless relay hears only
   *     who joins and leaves, what is said, and safety codes: it gets no media, since it cannot
   *     decrypt any)
   * @param threads the threads to run on; the host shuts them down when it stops
   */
  public static HostServer start(
      int tcpPort, int udpPort, HostOptions options, CallEvents events, HostThreads threads)
      throws NetException {
    HostServer host = new HostServer(options, events, threads);
    try {
      host.ports.bind(tcpPort, udpPort);
    } catch (NetException e) {
      host.shutDownThreads();
      throw e;
    }
    // The host's keys are announced before anyone can join.
    threads.host().execute(host.self::announceKeys);
    host.ports.start(
        new HostListener(threads.host(), host::onConnected, host::onDisconnected, host::onReceived),
        host::discoveryAnswer,
        tcpPort,
        threads.network());
    threads.host().scheduleWithFixedDelay(host.relay::flushPending, 1, 1, TimeUnit.SECONDS);
    threads.host().scheduleWithFixedDelay(host::pingMembers, 1, 1, TimeUnit.SECONDS);
    return host;
  }

  /** Sends the host's own frame to everyone. Any thread; never blocks on the network. */
  public void sendVideo(long sequence, long captureMicros, byte[] payload) {
    self.sendVideo(sequence, captureMicros, payload);
  }

  /**
   * Sends the host's own voice packet to everyone. Any thread; never blocks, never queues behind a
   * slow receiver.
   *
   * @param captureMicros capture time on {@link CallClock}
   */
  public void sendAudio(long sequence, long captureMicros, int flags, byte[] payload) {
    self.sendAudio(sequence, captureMicros, flags, payload);
  }

  /**
   * Tells everyone (and everyone who joins later) whether the host's microphone is muted and its
   * camera off. Any thread.
   *
   * @throws IllegalArgumentException if {@code media} does not carry the host's id, 0
   */
  public void sendMediaState(PeerMedia media) {
    self.sendMediaState(media);
  }

  /**
   * Sends a chat line from the host's own participant. Any thread. Like every participant, the host
   * hears its own line back, so all chat views show the same order.
   */
  public void sendChat(String text) {
    self.sendChat(text);
  }

  /** Asks a remote sender for a keyframe (the host's own decoder lost sync). Any thread. */
  public void requestKeyframe(int senderId) {
    self.requestKeyframe(senderId);
  }

  /**
   * Removes a participant: they are told and disconnected, everyone else hears "removed by the
   * host", and every participant renews its media key so they cannot read what follows. Any thread.
   */
  public CompletableFuture<Boolean> remove(int participantId) {
    return CompletableFuture.supplyAsync(() -> roster.remove(participantId), threads.host());
  }

  /** Lets nobody new in ("the call is locked") until {@link #unlock}. Any thread. */
  public void lock() {
    roster.lock(true);
  }

  public void unlock() {
    roster.lock(false);
  }

  public boolean locked() {
    return roster.locked();
  }

  /** Envelopes and media packets refused since start (tampered, replayed, reordered). */
  public long rejectedCount() {
    return rejectedEnvelopes.get() + self.rejectedCount();
  }

  /** Participants in the call, the host included. */
  public int participantCount() {
    return roster.count();
  }

  /**
   * How the connection to {@code participantId} is doing (round trip and unanswered pings of the
   * host's once-a-second pings), or null for the host's own participant, someone not in the call,
   * or before the first ping. Any thread.
   */
  public ClockEstimate connectionTo(int participantId) {
    return measured.get(participantId);
  }

  /** Host thread: a ping to everyone in the call over their connection, answered with a pong. */
  private void pingMembers() {
    for (Member member : roster.connections()) {
      if (member.welcomed() && member.connection.isConnected()) {
        long now = CallClock.nowMicros();
        measured.putIfAbsent(member.id, member.pingTimes);
        member.pingTimes.sent(now);
        member.send(new WireMessage.Ping(now));
      }
    }
  }

  /** Relay counters since start (the host's own participant counts as a receiver). */
  public RelayCounters counters() {
    return relay.counters();
  }

  /** Voice relay counters since start (the host's own participant counts as a receiver). */
  public AudioRelayCounters audioCounters() {
    return audioRelay.counters();
  }

  /**
   * Ends the call for everyone with {@code reason} and releases the ports. Returns once KryoNet has
   * stopped calling back (or after a few seconds), so nothing arrives after it.
   */
  public void stop(String reason) {
    if (closed) {
      return;
    }
    closed = true;
    try {
      threads
          .host()
          .submit(
              () -> {
                roster.broadcast(new WireMessage.CallEnded(reason), null);
                roster.connections().forEach(member -> member.connection.close());
              })
          .get(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.debug("Could not tell everyone the call ended", e);
    }
    ports.stop();
    shutDownThreads();
  }

  @Override
  public void close() {
    stop("the host ended the call");
  }

  /** Sees every frame the relay forwards, as it travels (sealed end to end); for tests. */
  void tapRelayed(Consumer<WireMessage.Video> tap) {
    dispatch.tapRelayed(tap);
  }

  private void shutDownThreads() {
    Threads.shutdown(threads.host(), STOP_WAIT_MILLIS);
    Threads.shutdown(threads.local(), STOP_WAIT_MILLIS);
  }

  private DiscoveryAnswer discoveryAnswer() {
    return new DiscoveryAnswer(options.callName(), participantCount(), 0);
  }

  /** Host thread, as are the two below. */
  private void onConnected(Connection connection) {
    roster.connected(admission.connected(connection, rejectedEnvelopes));
  }

  private void onDisconnected(Connection connection) {
    Member gone = roster.closed(connection);
    if (gone != null) {
      measured.remove(gone.id);
      relay.forget(gone);
      dispatch.forget(gone);
    }
  }

  private void onReceived(Connection connection, Object object) {
    Member member = roster.member(connection);
    // A leaving peer closes right after saying so: its goodbye is read before the close but may
    // reach this thread after it, so a sealed message from a closed connection is still opened,
    // and honoured if it is the goodbye (see HostDispatch#arrived).
    if (object instanceof WireMessage arrived
        && member != null
        && (connection.isConnected() || member.link.ready())) {
      dispatch.arrived(member, arrived);
    }
    // Anything else is KryoNet's own keep-alives and pings.
  }

  /** The host's own end-to-end keys, or null for a headless relay; for tests, as PeerClient's. */
  EndToEndKeys mediaKeys() {
    return self.endToEndKeys();
  }

  /** What the host's own participant needs of the host. */
  private final class SelfHost implements LocalParticipant.Host {
    @Override
    public void handle(Seat from, WireMessage message) {
      dispatch.handle(from, message);
    }

    @Override
    public void execute(Runnable task) {
      threads.host().execute(task);
    }

    @Override
    public SecureSession sessionOf(int participantId) {
      return roster.sessionOf(participantId);
    }
  }
}
