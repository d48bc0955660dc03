package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import com.esotericsoftware.kryonet.Server;
import dev.asciicall.common.Threads;
import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireClasses;
import dev.asciicall.net.wire.WireMessage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
  private final AudioRelay audioRelay;
  private final String callName;
  private final String hostName;
  private final CallEvents events;
  private final AtomicLong participantCount = new AtomicLong(1);
  private int nextId = 1;
  private WireMessage.MediaState hostMediaState;
  private volatile boolean closed;

  static {
    KryoLogging.install();
  }

  private HostServer(String callName, String hostName, CallEvents events) {
    this.callName = callName;
    this.hostName = hostName;
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
    this.audioRelay = new AudioRelay(WRITE_BUFFER_BYTES);
    WireClasses.register(server.getKryo());
  }

  /**
   * Binds the ports and starts hosting.
   *
   * @param hostName the host's own display name, or {@code null} for a headless relay
   * @param events told about the call for the host's own participant; may ignore video
   */
  public static HostServer start(
      int tcpPort, int udpPort, String callName, String hostName, CallEvents events)
      throws NetException {
    HostServer host = new HostServer(callName, hostName, events);
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
    hostThread.execute(() -> relay.relay(video, members.values()));
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
    hostThread.execute(() -> audioRelay.relay(audio, members.values()));
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
    Member member = new Member(connection);
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
    if (member == null || !member.welcomed()) {
      return;
    }
    participantCount.decrementAndGet();
    relay.forget(member.id, members.values());
    String reason = member.leaving ? "left the call" : "connection lost";
    LOG.info("{} ({}) {}", member.name, member.id, reason);
    broadcast(new WireMessage.ParticipantLeft(member.id, reason), null);
    events.participantLeft(member.id, reason);
  }

  private void onReceived(Member member, Object message) {
    if (!(message instanceof WireMessage wire)) {
      return; // KryoNet's own keep-alives and pings.
    }
    if (!member.welcomed()) {
      if (wire instanceof WireMessage.Hello hello) {
        new Admission(this).admit(member, hello);
      } else {
        closeForProtocolError(member, "sent " + wire.getClass().getSimpleName() + " before hello");
      }
      return;
    }
    if (wire instanceof WireMessage.Video video) {
      if (video.senderId() != member.id) {
        closeForProtocolError(member, "sent video as participant " + video.senderId());
        return;
      }
      relay.relay(video, members.values());
      Relay.sendQuietly(member.connection, new WireMessage.VideoAck(member.id, video.sequence()));
      if (hostName != null) {
        events.video(video);
      }
    } else if (wire instanceof WireMessage.Audio audio) {
      if (audio.senderId() != member.id) {
        closeForProtocolError(member, "sent audio as participant " + audio.senderId());
        return;
      }
      audioRelay.relay(audio, members.values());
      if (hostName != null) {
        events.audio(audio);
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
      Relay.sendQuietly(
          member.connection, new WireMessage.Pong(ping.sentMicros(), CallClock.nowMicros()));
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
    Relay.sendQuietly(member.connection, new WireMessage.Welcome(member.id, callName, name));
    if (hostName != null) {
      Relay.sendQuietly(member.connection, new WireMessage.ParticipantJoined(HOST_ID, hostName));
    }
    for (Member other : members.values()) {
      if (other != member && other.welcomed()) {
        Relay.sendQuietly(
            member.connection, new WireMessage.ParticipantJoined(other.id, other.name));
      }
    }
    sendMediaStates(member);
    broadcast(new WireMessage.ParticipantJoined(member.id, name), member);
    events.participantJoined(member.id, name);
    LOG.info("{} ({}) joined from {}", name, member.id, member.connection.getRemoteAddressTCP());
    // The newcomer needs a keyframe from everyone who sends video.
    for (Member other : members.values()) {
      if (other != member && other.welcomed()) {
        Relay.sendQuietly(other.connection, new WireMessage.KeyframeRequest(other.id));
      }
    }
    if (hostName != null) {
      events.keyframeRequested();
    }
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
      Relay.sendQuietly(newcomer.connection, hostMediaState);
    }
    for (Member other : members.values()) {
      if (other != newcomer && other.welcomed() && other.mediaState != null) {
        Relay.sendQuietly(newcomer.connection, other.mediaState);
      }
    }
  }

  /** A probe answer that cannot go out only means UDP does not work; the connection stays. */
  private static void sendUdpQuietly(Member member, WireMessage message) {
    try {
      member.connection.sendUDP(message);
    } catch (RuntimeException e) {
      LOG.debug("UDP to {} failed: {}", member.connection, e.toString());
    }
  }

  private void forwardKeyframeRequest(int senderId) {
    if (senderId == HOST_ID) {
      events.keyframeRequested();
      return;
    }
    members.values().stream()
        .filter(m -> m.id == senderId)
        .findFirst()
        .ifPresent(m -> Relay.sendQuietly(m.connection, new WireMessage.KeyframeRequest(senderId)));
  }

  private void broadcast(WireMessage message, Member except) {
    for (Member member : members.values()) {
      if (member != except && member.welcomed()) {
        Relay.sendQuietly(member.connection, message);
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
              // but may reach this thread after it, so it counts even on a closed connection.
              if (member != null
                  && (connection.isConnected() || object instanceof WireMessage.ParticipantLeft)) {
                onReceived(member, object);
              }
            } finally {
              count.decrementAndGet();
            }
          });
    }
  }
}
