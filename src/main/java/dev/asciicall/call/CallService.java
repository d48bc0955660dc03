package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import dev.asciicall.crypto.KeyFingerprint;
import dev.asciicall.net.DiscoveryAnswer;
import dev.asciicall.net.HostFinder;
import dev.asciicall.net.HostOptions;
import dev.asciicall.net.HostServer;
import dev.asciicall.net.JoinOptions;
import dev.asciicall.net.NetException;
import dev.asciicall.net.PeerClient;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The window's call, one at a time: host one (taking part as participant 0) or join one, send the
 * frames the local pipeline already converted (what the sliders set is what others see), receive
 * and decode everyone, report who is there and live figures. No JavaFX: the window observes it
 * through {@link CallListener} and adapts on its own thread.
 *
 * <p>Threads ({@link CallThreads}): starting, joining and leaving run in order on {@code
 * call-control-N} (joining blocks up to 5 s, never the caller); our frames are encoded on {@code
 * video-send-N}; network events and decoding run on the call's event thread ({@code net-client-N},
 * or {@code net-host-local-N} when hosting); LAN discovery on {@code call-discovery-N}. Public
 * methods may be called from any thread and never block, except {@link #close()}.
 */
public final class CallService implements AutoCloseable {

  static final int JOIN_TIMEOUT_MILLIS = 5_000;
  private static final int DISCOVERY_MILLIS = 1_000;

  private final AudioEndpoints audioEndpoints;
  private final List<CallListener> listeners = new CopyOnWriteArrayList<>();
  private final CallThreads threads;
  private final ExecutorService control;
  private final ExecutorService discovery;
  private volatile CallStatus status = CallStatus.IDLE;
  // Replaced on the control thread only; read from any.
  private volatile CallSession current;
  // What an invite names while hosting: set on the control thread, read from any.
  private volatile HostedCall hosted;
  private volatile boolean microphoneMuted;
  private volatile boolean cameraOff;
  private volatile boolean lostTheHost;

  /** A service whose calls are video-only. */
  public CallService() {
    this(AudioEndpoints.NONE);
  }

  /**
   * @param audioEndpoints asked for the microphone and speakers each time a call starts
   */
  public CallService(AudioEndpoints audioEndpoints) {
    this(audioEndpoints, CallThreads.named());
  }

  /**
   * @param audioEndpoints asked for the microphone and speakers each time a call starts
   * @param threads where the service and its calls run; the service shuts them down
   */
  public CallService(AudioEndpoints audioEndpoints, CallThreads threads) {
    this.audioEndpoints = audioEndpoints;
    this.threads = threads;
    this.control = threads.control();
    this.discovery = threads.discovery();
  }

  /** Adds a listener; close the subscription to remove it. */
  public Subscription addListener(CallListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public CallStatus status() {
    return status;
  }

  /**
   * Hosts a call. Completes with {@link CallState#HOSTING}, or {@link CallState#ENDED} and a
   * message saying what to do when the ports are taken; fails when already in a call.
   */
  public CompletableFuture<CallStatus> host(HostRequest request) {
    return CompletableFuture.supplyAsync(() -> startHosting(request), control);
  }

  /**
   * Joins a call. Completes with {@link CallState#JOINED}, or {@link CallState#ENDED} and a message
   * saying what went wrong and what to do; fails when already in a call.
   */
  public CompletableFuture<CallStatus> join(JoinRequest request) {
    return CompletableFuture.supplyAsync(() -> startJoining(request), control);
  }

  /** Leaves the call (ends it for everyone when hosting). Does nothing when not in a call. */
  public CompletableFuture<CallStatus> leave() {
    return CompletableFuture.supplyAsync(
        () -> {
          CallSession session = current;
          if (session == null) {
            return status;
          }
          boolean hosting = status.state() == CallState.HOSTING;
          endSession(session);
          return publish(
              new CallStatus(
                  CallState.IDLE, "", hosting ? "You ended the call." : "You left the call."));
        },
        control);
  }

  private CallStatus startHosting(HostRequest request) {
    requireNoCall();
    publish(
        new CallStatus(
            CallState.CONNECTING,
            request.callName(),
            "Starting the call on port " + request.port()));
    CallSession session = newSession();
    KeyFingerprint key;
    try {
      HostOptions options = HostOptions.forInstallation(request.callName(), request.name());
      if (request.hasPassphrase()) {
        options = options.withPassphrase(request.passphrase());
      }
      HostServer server =
          HostServer.start(
              request.port(), request.udpPort(), options, session, threads.host().get());
      session.attach(CallLink.of(server, request));
      key = KeyFingerprint.of(options.identity().publicIdentity());
      session.startAudio(AudioLink.of(server), audioEndpoints, switches());
    } catch (NetException e) {
      session.close();
      return publish(CallStatus.ended(UserMessages.hostFailed(e, request)));
    } finally {
      // The gate keeps its own verifier; the typed phrase is not needed any more.
      if (request.passphrase() != null) {
        Arrays.fill(request.passphrase(), '\0');
      }
    }
    current = session;
    hosted = new HostedCall(request.port(), key, request.callName());
    return publish(
        new CallStatus(
            CallState.HOSTING,
            request.callName(),
            "Hosting '" + request.callName() + "' on port " + request.port()));
  }

  private CallStatus startJoining(JoinRequest request) {
    requireNoCall();
    lostTheHost = false;
    publish(new CallStatus(CallState.CONNECTING, "", "Joining " + request.address() + "…"));
    CallSession session = newSession();
    // Current before connecting: the host's first events arrive while connect() still waits.
    current = session;
    try {
      JoinOptions options = JoinOptions.forInstallation(request.name());
      if (request.hasPassphrase()) {
        options = options.withPassphrase(request.passphrase());
      }
      PeerClient client =
          PeerClient.connect(
              request.address().host(),
              request.address().port(),
              request.udpPort(),
              options,
              session,
              JOIN_TIMEOUT_MILLIS,
              threads.client().get());
      session.attach(CallLink.of(client));
      session.startAudio(AudioLink.of(client), audioEndpoints, switches());
    } catch (NetException e) {
      current = null;
      session.close();
      return publish(CallStatus.ended(UserMessages.joinFailed(e, request)));
    }
    String callName = session.link().callName();
    return publish(
        new CallStatus(
            CallState.JOINED, callName, "In '" + callName + "' at " + request.address()));
  }

  private void requireNoCall() {
    if (!status.state().canStart()) {
      throw new IllegalStateException("Leave the current call first.");
    }
  }

  private CallSession newSession() {
    CallSession[] holder = new CallSession[1];
    holder[0] =
        new CallSession(listeners, reason -> ended(holder[0], reason), threads.videoSend().get());
    return holder[0];
  }

  /** The network ended the call (host gone, connection lost). On the network's event thread. */
  private void ended(CallSession session, String reason) {
    control.execute(
        () -> {
          if (current == session) {
            endSession(session);
            lostTheHost = UserMessages.lostTheHost(reason);
            publish(CallStatus.ended(UserMessages.ended(reason)));
          }
        });
  }

  private void endSession(CallSession session) {
    current = null;
    hosted = null;
    session.close();
  }

  private CallStatus publish(CallStatus next) {
    status = next;
    listeners.forEach(listener -> listener.callStatusChanged(next));
    return next;
  }

  /**
   * Our newest converted frame, sent if we are in a call. Any thread (the local conversion thread);
   * never blocks: while one frame is being encoded, newer ones replace each other.
   */
  public void offer(AsciiFrame frame, long sequence, long captureNanos) {
    CallSession session = current;
    if (session != null) {
      session.offer(frame, sequence, captureNanos);
    }
  }

  private MediaSwitches switches() {
    return new MediaSwitches(microphoneMuted, cameraOff);
  }

  /** Stops sending my voice, in this call and the next ones, and shows me muted. Any thread. */
  public void muteMicrophone() {
    microphoneMuted = true;
    withAudio(CallAudio::mute);
  }

  public void unmuteMicrophone() {
    microphoneMuted = false;
    withAudio(CallAudio::unmute);
  }

  /** Tells the others my camera is off (no frames come from a stopped capture anyway). */
  public void showCameraOff() {
    cameraOff = true;
    withAudio(CallAudio::showCameraOff);
  }

  public void showCameraOn() {
    cameraOff = false;
    withAudio(CallAudio::showCameraOn);
  }

  /** How loud {@code participantId} is played for me: 0 silent, 1 as sent. Any thread. */
  public void setVolume(int participantId, double gain) {
    withAudio(audio -> audio.setVolume(participantId, gain));
  }

  /** Picks another microphone (null for none) in the running call. */
  public void useMicrophone(AudioSource microphone) {
    withAudio(audio -> audio.useMicrophone(microphone));
  }

  /** Picks other speakers (null for none) in the running call. */
  public void useSpeakers(AudioSink speakers) {
    withAudio(audio -> audio.useSpeakers(speakers));
  }

  /** Changes the voice processing of my microphone in the running call, from the next frame. */
  public void useProcessing(ProcessingSettings settings) {
    withAudio(audio -> audio.useProcessing(settings));
  }

  private void withAudio(Consumer<CallAudio> action) {
    CallSession session = current;
    CallAudio audio = session == null ? null : session.audio();
    if (audio != null) {
      action.accept(audio);
    }
  }

  /** Hosting: removes {@code participantId} from the call. Otherwise does nothing. Any thread. */
  public void remove(int participantId) {
    withLink(link -> link.remove(participantId));
  }

  /** Hosting: nobody else may join until {@link #unlock()}. Otherwise does nothing. */
  public void lock() {
    withLink(CallLink::lock);
  }

  public void unlock() {
    withLink(CallLink::unlock);
  }

  private void withLink(Consumer<CallLink> action) {
    CallSession session = current;
    CallLink link = session == null ? null : session.link();
    if (link != null) {
      action.accept(link);
    }
  }

  /** Sends a chat line to everyone; it comes back through {@link CallListener#chatReceived}. */
  public void sendChat(String text) {
    CallSession session = current;
    if (session != null) {
      session.sendChat(text);
    }
  }

  /**
   * Whether the call joined last ended because the connection to the host was lost (not left, not
   * ended by the host, not removed): the command line gives that its own exit code.
   */
  public boolean lostTheHost() {
    return lostTheHost;
  }

  /** The port, key and name of the call this window hosts. */
  private record HostedCall(int port, KeyFingerprint key, String callName) {}

  /**
   * While hosting: one invite per address others can use (LAN addresses first, this computer last),
   * each naming this installation's key so a joiner can check it reached this host; empty
   * otherwise. Lists the network interfaces, which may take a moment: not on the FX thread.
   */
  public List<Invite> invites() {
    HostedCall call = hosted;
    if (call == null) {
      return List.of();
    }
    Optional<String> name;
    try {
      name = Optional.of(call.callName()).filter(text -> !text.isBlank());
      new Invite(new HostAddress("127.0.0.1", call.port()), call.key(), name);
    } catch (IllegalArgumentException unfit) {
      // A call name an invite cannot carry (too long): the invite goes without it.
      name = Optional.empty();
    }
    List<Invite> invites = new java.util.ArrayList<>();
    for (HostAddress address : LocalAddresses.forPort(call.port())) {
      invites.add(new Invite(address, call.key(), name));
    }
    return List.copyOf(invites);
  }

  /** Everyone else in the call, by id; empty when not in a call. */
  public List<Participant> participants() {
    CallSession session = current;
    return session == null ? List.of() : session.participants();
  }

  /** Live figures over the last two seconds; {@link CallStats#NONE} when not in a call. */
  public CallStats stats() {
    CallSession session = current;
    return session == null ? CallStats.NONE : session.stats();
  }

  /** Calls hosted on the LAN that answer discovery on {@code udpPort} within a second. */
  public CompletableFuture<List<FoundCall>> findCalls(int udpPort) {
    return CompletableFuture.supplyAsync(
        () ->
            HostFinder.discover(udpPort, DISCOVERY_MILLIS).stream()
                .map(CallService::found)
                .toList(),
        discovery);
  }

  private static FoundCall found(DiscoveryAnswer answer) {
    return new FoundCall(
        answer.callName(),
        answer.participants(),
        new HostAddress(answer.address(), answer.tcpPort()));
  }

  /** Leaves any call and stops the threads; waits a few seconds at most. */
  @Override
  public void close() {
    try {
      leave().get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Leaving is best effort on shutdown; the threads stop below either way.
    }
    Threads.shutdown(control, 2_000);
    Threads.shutdown(discovery, 500);
  }
}
