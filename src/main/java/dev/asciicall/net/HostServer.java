package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import dev.asciicall.common.Threads;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireMessage;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

  /** Datagrams waiting for the host thread beyond this are dropped: a flood must not queue up. */
  static final int MAX_PENDING_DATAGRAMS = 1024;

  private final HostPorts ports;
  private final HostThreads threads;
  private final HostOptions options;
  private final GuardedExecutor hostThread;
  private final AtomicLong rejectedEnvelopes = new AtomicLong();
  private final AtomicInteger pendingDatagrams = new AtomicInteger();
  private final AtomicLong droppedDatagrams = new AtomicLong();
  private final AtomicBoolean failed = new AtomicBoolean();
  private final AdmissionGate<Connection> gate = new AdmissionGate<>(System::nanoTime);
  private final Relay relay = new Relay(WRITE_BUFFER_BYTES);
  private final AudioRelay audioRelay = new AudioRelay(WRITE_BUFFER_BYTES);
  private final LocalParticipant self;
  private final Roster roster;
  private final Admission admission;
  private final HostDispatch dispatch;
  private final HostListener listener;
  // Host thread only: members with messages waiting, and whether their flush is queued.
  private final Set<Member> toFlush = new LinkedHashSet<>();
  private boolean flushQueued;
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
    this.hostThread = new GuardedExecutor(threads.host(), this::failed);
    byte[] callId = new byte[16];
    new SecureRandom().nextBytes(callId);
    this.self =
        new LocalParticipant(
            options,
            callId,
            events,
            new GuardedExecutor(threads.local(), this::failed),
            new SelfHost());
    this.roster =
        new Roster(options.callName(), callId, options.knownPeers(), self, this::admitting);
    this.admission = new Admission(roster, options, threads.host(), gate::timedOut);
    this.dispatch = new HostDispatch(roster, admission, new KeyRouting(roster), relay, audioRelay);
    this.listener =
        new HostListener(
            hostThread,
            gate,
            OBJECT_BUFFER_BYTES,
            this::onConnected,
            this::onDisconnected,
            this::onReceived);
  }

  /**
   * Binds the ports and starts hosting with a throwaway identity, no passphrase and the default
   * participant limit; see {@link #start(int, int, HostOptions, CallEvents)}.
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
    host.hostThread.execute(host.self::announceKeys);
    host.ports.start(
        host.listener,
        host.new DatagramReceiver(),
        host::discoveryAnswer,
        threads.network(),
        host::failed);
    threads
        .host()
        .scheduleWithFixedDelay(
            host.hostThread.guard(host.relay::flushPending), 1, 1, TimeUnit.SECONDS);
    threads
        .host()
        .scheduleWithFixedDelay(host.hostThread.guard(host::pingMembers), 1, 1, TimeUnit.SECONDS);
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

  /** What the door did with connections that were not participants (yet). */
  public GateCounters gateCounters() {
    return gate.counters();
  }

  /** What the UDP port turned away: unproven datagrams, and discovery over the limit. */
  public DatagramCounters datagramCounters() {
    HostDatagrams datagrams = ports.datagrams();
    return new DatagramCounters(
        dispatch.refusedDatagrams() + droppedDatagrams.get() + datagrams.junk(),
        datagrams.discoveryAnswered(),
        datagrams.discoveryRefused());
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
                roster.connections().forEach(Member::close);
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

  /**
   * A thread of the host died or broke (out of memory, say): the owner hears of it on that thread,
   * then the host stops, so it is never left half alive with its ports held.
   */
  private void failed(Throwable error) {
    if (!failed.compareAndSet(false, true)) {
      return;
    }
    // The owner first: a process that ends here prints its one line, and nothing else.
    threads.fatal().accept(error);
    LOG.error("{} failed: {}", Thread.currentThread().getName(), error.toString());
    Threads.named("net-host-stop")
        .newThread(() -> stop("the host failed: " + error.getClass().getSimpleName()))
        .start();
  }

  /**
   * {@code member} has messages waiting: they go out once the host thread has done what is queued
   * before now (the rest of this pass of messages, say), so that everything for one member in that
   * time leaves in one write. Host thread, as is {@link #flushAll}.
   */
  private void flushLater(Member member) {
    toFlush.add(member);
    if (!flushQueued) {
      flushQueued = true;
      try {
        hostThread.execute(this::flushAll);
      } catch (RejectedExecutionException stopped) {
        flushAll();
      }
    }
  }

  private void flushAll() {
    flushQueued = false;
    for (Member member : toFlush) {
      member.flush();
    }
    toFlush.clear();
  }

  /** A member is about to be welcomed: it gets the buffers of a participant. Host thread. */
  private void admitting(Member member) {
    if (ConnectionBuffers.AVAILABLE) {
      ConnectionBuffers.growWriteBuffer(member.connection, WRITE_BUFFER_BYTES);
    }
    listener.admitted(member.connection);
  }

  /** Host thread, as are the two below. */
  private void onConnected(Connection connection) {
    Member member = admission.connected(connection, rejectedEnvelopes, this::flushLater);
    HostDatagrams datagrams = ports.datagrams();
    // Host thread: datagrams go to the address the member's own sealed probe came from, if any.
    member.link.datagramPath(
        envelope -> member.udpAddress != null && datagrams.send(member.udpAddress, envelope));
    roster.connected(member);
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

  /** The UDP port's datagrams, from its thread onto the host thread; a flood is cut off. */
  private final class DatagramReceiver implements HostDatagrams.Receiver {
    @Override
    public void fromParticipant(InetSocketAddress from, Datagrams.FromParticipant datagram) {
      queue(() -> dispatch.datagram(from, datagram));
    }

    @Override
    public void legacyRegistration(int connectionId) {
      queue(() -> dispatch.legacyRegistration(connectionId));
    }

    private void queue(Runnable task) {
      if (pendingDatagrams.incrementAndGet() > MAX_PENDING_DATAGRAMS) {
        pendingDatagrams.decrementAndGet();
        droppedDatagrams.incrementAndGet();
        return;
      }
      try {
        hostThread.execute(
            () -> {
              pendingDatagrams.decrementAndGet();
              task.run();
            });
      } catch (RejectedExecutionException stopped) {
        // The host has stopped.
      }
    }
  }

  /** What the host's own participant needs of the host. */
  private final class SelfHost implements LocalParticipant.Host {
    @Override
    public void handle(Seat from, WireMessage message) {
      dispatch.handle(from, message);
    }

    @Override
    public void execute(Runnable task) {
      hostThread.execute(task);
    }

    @Override
    public SecureSession sessionOf(int participantId) {
      return roster.sessionOf(participantId);
    }
  }
}
