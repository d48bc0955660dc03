package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import com.esotericsoftware.kryonet.Server;
import dev.asciicall.common.Threads;
import dev.asciicall.crypto.GroupMember;
import dev.asciicall.crypto.HandshakeResponder;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireClasses;
import dev.asciicall.net.wire.WireMessage;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts a call: accepts participants, tells everyone who joins and leaves, and relays each
 * participant's video and chat to all others (a star). The host itself takes part as id 0 unless it
 * runs headless.
 *
 * <p>Security: every connection starts with a handshake and then carries only sealed envelopes
 * ({@link SecureLink}); joiners prove the passphrase if there is one ({@link Admission}). Media is
 * sealed end to end by each sender: a headless host relays ciphertext and key messages it cannot
 * read; a host that takes part has keys like any participant ({@link MediaKeys}). The host can
 * remove participants, lock the call and limit its size.
 *
 * <p>Threads: KryoNet's update thread ({@code net-host-update-1}) only reads and queues; all
 * decisions run on one thread, {@code net-host-1}, so the call state needs no locks. Public methods
 * may be called from any thread; they hop onto {@code net-host-1}.
 */
public final class HostServer implements AutoCloseable {

  static final int WRITE_BUFFER_BYTES = 1024 * 1024;
  static final int OBJECT_BUFFER_BYTES = Limits.MAX_MESSAGE_BYTES + 1024;
  static final int HOST_ID = 0;

  /** More unhandled messages than this from one connection is a flood: it is closed. */
  private static final int MAX_QUEUED_PER_CONNECTION = 512;

  private static final long HELLO_TIMEOUT_MILLIS = 5_000;
  private static final Logger LOG = LoggerFactory.getLogger(HostServer.class);

  private final Server server;
  private final ScheduledExecutorService hostThread = Threads.scheduled("net-host");
  private final Map<Connection, Member> members = new LinkedHashMap<>();
  private final Map<Connection, AtomicInteger> backlog = new ConcurrentHashMap<>();
  private final Relay relay;
  private final HostOptions options;
  private final AudioRelay audioRelay;
  private final String callName;
  private final String hostName;
  private final CallEvents events;
  private final Admission admission;
  private final byte[] callId = new byte[16];
  private final AtomicLong participantCount = new AtomicLong(1);
  private final AtomicLong rejectedEnvelopes = new AtomicLong();
  // Host thread only.
  private final MediaKeys hostKeys;
  private int nextId = 1;
  private volatile boolean locked;
  private WireMessage.MediaState hostMediaState;
  private volatile boolean closed;
  private volatile java.util.function.Consumer<WireMessage.Video> relayTap = video -> {};

  static {
    KryoLogging.install();
  }

  private HostServer(HostOptions options, CallEvents events) {
    this.options = options;
    this.callName = options.callName();
    this.hostName = options.hostName();
    this.events = events;
    SelectorPacing pacing = SelectorPacing.forServer();
    this.server =
        new Server(WRITE_BUFFER_BYTES, OBJECT_BUFFER_BYTES) {
          @Override
          public void update(int timeout) throws IOException {
            super.update(timeout);
            pacing.afterUpdate(this);
          }
        };
    this.relay = new Relay(WRITE_BUFFER_BYTES);
    this.admission = new Admission(this, options);
    new SecureRandom().nextBytes(callId);
    this.hostKeys =
        hostName == null || options.encryption() != Encryption.END_TO_END
            ? null
            : new MediaKeys(
                HOST_ID,
                options.identity(),
                hostName,
                callId,
                this::route,
                this::forwardKeyframeRequest,
                options.knownPeers());
    this.audioRelay = new AudioRelay(WRITE_BUFFER_BYTES);
    if (options.encryption() == Encryption.END_TO_END) {
      WireClasses.registerTransport(server.getKryo());
    } else {
      WireClasses.register(server.getKryo());
    }
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

  /**
   * Binds the ports and starts hosting.
   *
   * @param events told about the call for the host's own participant (a headless relay may ignore
   *     video: it never gets any, since it cannot decrypt it)
   */
  public static HostServer start(int tcpPort, int udpPort, HostOptions options, CallEvents events)
      throws NetException {
    HostServer host = new HostServer(options, events);
    try {
      host.server.bind(tcpPort, udpPort);
    } catch (IOException e) {
      host.server.close();
      host.hostThread.shutdownNow();
      throw new NetException(
          NetFailure.PORT_IN_USE,
          "cannot listen on TCP " + tcpPort + " / UDP " + udpPort + ": " + e.getMessage());
    }
    host.server.setDiscoveryHandler(DiscoveryAnswerer.handler(host::discoveryAnswer, tcpPort));
    host.server.addListener(host.new Queueing());
    Threads.named("net-host-update").newThread(host.server).start();
    host.hostThread.scheduleWithFixedDelay(host::tick, 1, 1, TimeUnit.SECONDS);
    return host;
  }

  /** Sends the host's own frame to everyone. Any thread; never blocks on the network. */
  public void sendVideo(long sequence, long captureMicros, byte[] payload) {
    WireMessage.Video video = new WireMessage.Video(HOST_ID, sequence, captureMicros, payload);
    hostThread.execute(
        () ->
            relay.relay(
                hostKeys == null ? video : (WireMessage.Video) hostKeys.seal(video),
                members.values()));
  }

  /**
   * Removes a participant: they are told and disconnected, everyone else hears "removed by the
   * host", and every participant renews its media key so they cannot read what follows. Any thread.
   */
  public CompletableFuture<Boolean> remove(int participantId) {
    CompletableFuture<Boolean> removed = new CompletableFuture<>();
    hostThread.execute(
        () -> {
          Member member =
              members.values().stream()
                  .filter(m -> m.welcomed() && m.id == participantId)
                  .findFirst()
                  .orElse(null);
          if (member != null) {
            member.closedBecause = "removed by the host";
            member.link.send(new WireMessage.CallEnded("the host removed you from the call"));
            member.connection.close();
          }
          removed.complete(member != null);
        });
    return removed;
  }

  /** Lets nobody new in ("the call is locked") until {@link #unlock}. Any thread. */
  public void lock() {
    locked = true;
  }

  public void unlock() {
    locked = false;
  }

  public boolean locked() {
    return locked;
  }

  /** Envelopes and media packets refused since start (tampered, replayed, reordered). */
  public long rejectedCount() {
    return rejectedEnvelopes.get() + (hostKeys == null ? 0 : hostKeys.rejectedCount());
  }

  /**
   * Sends the host's own voice packet to everyone. Any thread; never blocks, never queues behind a
   * slow receiver.
   *
   * @param captureMicros capture time on {@link CallClock}
   */
  public void sendAudio(long sequence, long captureMicros, int flags, byte[] payload) {
    WireMessage.Audio audio =
        new WireMessage.Audio(HOST_ID, sequence, captureMicros, flags, payload);
    hostThread.execute(
        () ->
            audioRelay.relay(
                hostKeys == null ? audio : (WireMessage.Audio) hostKeys.seal(audio),
                members.values()));
  }

  /**
   * Tells everyone (and everyone who joins later) whether the host's microphone is muted and its
   * camera off. Any thread.
   */
  public void sendMediaState(WireMessage.MediaState state) {
    if (state.senderId() != HOST_ID) {
      throw new IllegalArgumentException("the host's media state must carry id " + HOST_ID);
    }
    hostThread.execute(
        () -> {
          hostMediaState = state;
          broadcast(state, null);
        });
  }

  /**
   * Sends a chat line from the host's own participant. Any thread. Like every participant, the host
   * hears its own line back, so all chat views show the same order.
   */
  public void sendChat(String text) {
    WireMessage.Chat chat = new WireMessage.Chat(HOST_ID, System.currentTimeMillis(), text);
    hostThread.execute(
        () -> {
          broadcast(chat, null);
          events.chat(chat);
        });
  }

  /** Asks a remote sender for a keyframe (the host's own decoder lost sync). Any thread. */
  public void requestKeyframe(int senderId) {
    hostThread.execute(() -> forwardKeyframeRequest(senderId));
  }

  /** Participants in the call, the host included. */
  public int participantCount() {
    return (int) participantCount.get();
  }

  /** Relay counters since start. */
  public RelayCounters counters() {
    return relay.counters();
  }

  /** Voice relay counters since start. */
  public AudioRelayCounters audioCounters() {
    return audioRelay.counters();
  }

  /** Ends the call for everyone with {@code reason} and releases the ports. */
  public void stop(String reason) {
    if (closed) {
      return;
    }
    closed = true;
    try {
      hostThread
          .submit(
              () -> {
                broadcast(new WireMessage.CallEnded(reason), null);
                members.keySet().forEach(Connection::close);
              })
          .get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.debug("Could not tell everyone the call ended", e);
    }
    server.stop();
    Threads.shutdown(hostThread, 2_000);
  }

  @Override
  public void close() {
    stop("the host ended the call");
  }

  private DiscoveryAnswer discoveryAnswer() {
    return new DiscoveryAnswer(callName, participantCount(), 0);
  }

  private void onConnected(Connection connection) {
    Member member =
        new Member(connection, new SecureLink(connection, options.encryption(), rejectedEnvelopes));
    if (options.encryption() == Encryption.END_TO_END) {
      member.handshake = new HandshakeResponder(options.identity(), new SecureRandom());
    }
    members.put(connection, member);
    hostThread.schedule(
        () -> {
          if (!member.welcomed() && connection.isConnected()) {
            LOG.info("Closing {}: no hello within {} ms", connection, HELLO_TIMEOUT_MILLIS);
            connection.close();
          }
        },
        HELLO_TIMEOUT_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  private void onDisconnected(Connection connection) {
    Member member = members.remove(connection);
    if (member == null) {
      return;
    }
    if (!member.welcomed()) {
      return;
    }
    participantCount.decrementAndGet();
    relay.forget(member.id, members.values());
    String reason =
        member.closedBecause != null
            ? member.closedBecause
            : member.leaving ? "left the call" : "connection lost";
    LOG.info("{} ({}) {}", member.name, member.id, reason);
    broadcast(new WireMessage.ParticipantLeft(member.id, reason), null);
    if (hostKeys != null) {
      hostKeys.remove(member.id);
    }
    events.participantLeft(member.id, reason);
  }

  private void onReceived(Member member, Object message) {
    if (!(message instanceof WireMessage arrived)) {
      return; // KryoNet's own keep-alives and pings.
    }
    if (!member.link.ready()) {
      admission.beforeHandshake(member, arrived);
      return;
    }
    WireMessage wire;
    try {
      wire = member.link.open(arrived);
    } catch (SecureLink.ProtocolViolation e) {
      closeForProtocolError(member, e.getMessage());
      return;
    }
    if (wire == null) {
      return; // refused and counted; the call goes on
    }
    if (!member.connection.isConnected() && !(wire instanceof WireMessage.ParticipantLeft)) {
      // After the close only the goodbye still counts: its disconnect, queued behind it, then
      // says "left the call".
      return;
    }
    if (!member.welcomed()) {
      admission.beforeWelcome(member, wire);
      return;
    }
    onMessage(member, wire);
  }

  /** A message from a participant in the call, opened. Host thread. */
  private void onMessage(Member member, WireMessage wire) {
    if (wire instanceof WireMessage.Video video) {
      if (video.senderId() != member.id) {
        closeForProtocolError(member, "sent video as participant " + video.senderId());
        return;
      }
      relayTap.accept(video);
      relay.relay(video, members.values());
      member.link.send(new WireMessage.VideoAck(member.id, video.sequence()));
      if (hostName != null) {
        WireMessage opened = hostKeys == null ? video : hostKeys.open(video);
        if (opened instanceof WireMessage.Video plain) {
          events.video(plain);
        }
      }
    } else if (wire instanceof WireMessage.MemberKey memberKey) {
      onMemberKey(member, memberKey);
    } else if (wire instanceof WireMessage.SenderKey senderKey) {
      if (senderKey.fromId() != member.id) {
        closeForProtocolError(member, "sent a key as participant " + senderKey.fromId());
        return;
      }
      route(senderKey);
    } else if (wire instanceof WireMessage.Audio audio) {
      if (audio.senderId() != member.id) {
        closeForProtocolError(member, "sent audio as participant " + audio.senderId());
        return;
      }
      audioRelay.relay(audio, members.values());
      if (hostName != null) {
        WireMessage opened = hostKeys == null ? audio : hostKeys.open(audio);
        if (opened instanceof WireMessage.Audio plain) {
          events.audio(plain);
        }
      }
    } else if (wire instanceof WireMessage.UdpProbe probe) {
      if (probe.hostHeard()) {
        member.udpConfirmedNanos = System.nanoTime();
      }
      sendUdpQuietly(member, new WireMessage.UdpProbe(probe.sentMicros(), true));
    } else if (wire instanceof WireMessage.MediaState state) {
      if (state.senderId() != member.id) {
        closeForProtocolError(member, "sent media state as participant " + state.senderId());
        return;
      }
      member.mediaState = state;
      broadcast(state, member);
      if (hostName != null) {
        events.mediaState(state);
      }
    } else if (wire instanceof WireMessage.VideoAck ack) {
      relay.acknowledged(member, ack.senderId());
    } else if (wire instanceof WireMessage.KeyframeRequest request) {
      forwardKeyframeRequest(request.senderId());
    } else if (wire instanceof WireMessage.Chat chat) {
      WireMessage.Chat stamped =
          new WireMessage.Chat(member.id, System.currentTimeMillis(), chat.text());
      broadcast(stamped, null);
      events.chat(stamped);
    } else if (wire instanceof WireMessage.Ping ping) {
      member.link.send(new WireMessage.Pong(ping.sentMicros(), CallClock.nowMicros()));
    } else if (wire instanceof WireMessage.ParticipantLeft left && left.id() == member.id) {
      member.leaving = true;
      member.connection.close();
    } else {
      closeForProtocolError(member, "sent unexpected " + wire.getClass().getSimpleName());
    }
  }

  void welcome(Member member, String name) {
    member.id = nextId++;
    // Only now: KryoNet measures the timeout from the last read, which is unset until the first.
    member.connection.setTimeout(4_000);
    member.connection.setKeepAliveTCP(1_000);
    member.name = name;
    participantCount.incrementAndGet();
    member.link.send(new WireMessage.Welcome(member.id, callName, name, callId));
    if (hostName != null) {
      member.link.send(new WireMessage.ParticipantJoined(HOST_ID, hostName));
    }
    for (Member other : members.values()) {
      if (other != member && other.welcomed()) {
        member.link.send(new WireMessage.ParticipantJoined(other.id, other.name));
      }
    }
    sendMediaStates(member);
    broadcast(new WireMessage.ParticipantJoined(member.id, name), member);
    events.participantJoined(member.id, name);
    SecureSession session = member.link.session();
    if (session != null) {
      // Known peers are looked up by the name asked for, not the one numbered to be unique.
      String helloName = member.pendingHello != null ? member.pendingHello.name() : name;
      events.participantVerified(
          new PeerVerification(
              member.id,
              name,
              session.safetyCode().toString(),
              MediaKeys.keyChangedIn(options.knownPeers(), helloName.strip(), session.peer())));
    }
    LOG.info("{} ({}) joined from {}", name, member.id, member.connection.getRemoteAddressTCP());
    // The newcomer needs a keyframe from everyone who sends video.
    for (Member other : members.values()) {
      if (other != member && other.welcomed()) {
        other.link.send(new WireMessage.KeyframeRequest(other.id));
      }
    }
    if (hostName != null) {
      events.keyframeRequested();
    }
  }

  /**
   * A participant's key announcement: stamped with their id, kept for later joiners, passed to
   * everyone else; the newcomer gets everyone's in return. A host that takes part admits it too.
   */
  private void onMemberKey(Member member, WireMessage.MemberKey memberKey) {
    if (member.announcement != null) {
      closeForProtocolError(member, "announced its keys twice");
      return;
    }
    WireMessage.MemberKey stamped = new WireMessage.MemberKey(member.id, memberKey.announcement());
    member.announcement = stamped;
    if (hostKeys != null) {
      member.link.send(hostKeys.announcement());
    }
    for (Member other : members.values()) {
      if (other != member && other.welcomed() && other.announcement != null) {
        member.link.send(other.announcement);
        other.link.send(stamped);
      }
    }
    if (hostKeys != null) {
      GroupMember verified = hostKeys.admit(stamped);
      SecureSession session = member.link.session();
      if (verified != null && session != null && !verified.identity().equals(session.peer())) {
        // Their media keys name another identity than their connection proved: flag it.
        events.participantVerified(
            new PeerVerification(
                member.id, verified.name(), session.safetyCode().toString(), true));
      }
    }
  }

  /** Delivers a sender key to its one receiver (the host's own keys, or a participant). */
  private void route(WireMessage message) {
    if (!(message instanceof WireMessage.SenderKey senderKey)) {
      return;
    }
    if (senderKey.toId() == HOST_ID) {
      if (hostKeys != null) {
        hostKeys.accept(senderKey);
      }
      return;
    }
    members.values().stream()
        .filter(m -> m.welcomed() && m.id == senderKey.toId())
        .findFirst()
        .ifPresent(m -> m.link.send(senderKey));
  }

  void logRefusal(Member member, String why) {
    LOG.info("Refused {}: {}", member.connection.getRemoteAddressTCP(), why);
  }

  /** Sees every frame the relay forwards, as it travels (sealed end to end); for tests. */
  void tapRelayed(java.util.function.Consumer<WireMessage.Video> tap) {
    relayTap = tap;
  }

  /** The host's own media keys, or null for a headless relay; for tests, as PeerClient's. */
  MediaKeys mediaKeys() {
    return hostKeys;
  }

  int welcomedCount() {
    return participantCount() - 1;
  }

  boolean nameTaken(String name) {
    if (name.equalsIgnoreCase(hostName)) {
      return true;
    }
    return members.values().stream().anyMatch(m -> m.welcomed() && m.name.equalsIgnoreCase(name));
  }

  /** A newcomer learns who is muted or has the camera off. */
  private void sendMediaStates(Member newcomer) {
    if (hostName != null && hostMediaState != null) {
      newcomer.link.send(hostMediaState);
    }
    for (Member other : members.values()) {
      if (other != newcomer && other.welcomed() && other.mediaState != null) {
        newcomer.link.send(other.mediaState);
      }
    }
  }

  /** A probe answer that cannot go out only means UDP does not work; the connection stays. */
  private static void sendUdpQuietly(Member member, WireMessage message) {
    member.link.sendDatagram(message);
  }

  private void forwardKeyframeRequest(int senderId) {
    if (senderId == HOST_ID) {
      events.keyframeRequested();
      return;
    }
    members.values().stream()
        .filter(m -> m.id == senderId)
        .findFirst()
        .ifPresent(m -> m.link.send(new WireMessage.KeyframeRequest(senderId)));
  }

  private void broadcast(WireMessage message, Member except) {
    for (Member member : members.values()) {
      if (member != except && member.welcomed()) {
        member.link.send(message);
      }
    }
  }

  void closeForProtocolError(Member member, String what) {
    LOG.warn("Closing {}: {}", member.connection, what);
    member.connection.close();
  }

  private void tick() {
    relay.flushPending(members.values());
  }

  /**
   * Runs on KryoNet's update thread: only counts and queues, so a slow host thread never stalls
   * reading, and a flooding connection is cut off before its backlog grows.
   */
  private final class Queueing extends Listener {
    @Override
    public void connected(Connection connection) {
      hostThread.execute(() -> onConnected(connection));
    }

    @Override
    public void disconnected(Connection connection) {
      backlog.remove(connection);
      hostThread.execute(() -> onDisconnected(connection));
    }

    @Override
    public void received(Connection connection, Object object) {
      AtomicInteger count = backlog.computeIfAbsent(connection, ignored -> new AtomicInteger());
      if (count.incrementAndGet() > MAX_QUEUED_PER_CONNECTION) {
        LOG.warn("Closing {}: flooding", connection);
        connection.close();
        return;
      }
      hostThread.execute(
          () -> {
            try {
              Member member = members.get(connection);
              // A leaving peer closes right after saying so: its goodbye is read before the close
              // but may reach this thread after it, so a sealed message from a closed connection
              // is still opened, and honoured if it is the goodbye (see onReceived).
              if (member != null && (connection.isConnected() || member.link.ready())) {
                onReceived(member, object);
              }
            } finally {
              count.decrementAndGet();
            }
          });
    }
  }
}
