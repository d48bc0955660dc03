package dev.asciicall.net;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import dev.asciicall.common.Threads;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.net.wire.WireMessage;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Light participants for the relay benchmark ({@code asciicall bench relay}), so that what is
 * measured is the relay and not the participants. Each one does on the wire what a real participant
 * does: the handshake, the hello, end-to-end keys, real encoded frames sealed end to end and for
 * the link and sent through a credit window, an acknowledgement for every frame received, UDP
 * probes, and sealed voice over UDP. It does nothing else: no capture, no conversion, and it opens
 * and decodes only a sample of what it receives (one sender's frames at one receiver, handed to the
 * caller's decoder). What a participant receives is handled on its KryoNet update thread without a
 * hand-off; all of them send from one shared timer thread.
 *
 * <p>Frames carry the sender's send time as capture time; all participants share this process's
 * clock, so a receiver's {@code now - captureMicros} is the time through the relay.
 */
public final class SyntheticCall implements AutoCloseable {

  /** What the participants send. */
  public record Load(
      int participants,
      int speakers,
      double framesPerSecond,
      List<byte[]> frames,
      List<byte[]> voice) {

    public Load {
      if (participants < 2 || speakers < 0 || speakers > participants) {
        throw new IllegalArgumentException("2 or more participants, 0..participants speakers");
      }
      if (!(framesPerSecond > 0) || frames.isEmpty() || (speakers > 0 && voice.isEmpty())) {
        throw new IllegalArgumentException("a frame rate, frames, and voice for the speakers");
      }
      frames = List.copyOf(frames);
      voice = List.copyOf(voice);
    }
  }

  /** Decodes the sampled stream's frames, in order; false when one could not be. */
  public interface SampleDecoder {
    /**
     * @param sequence the sender's frame number: a gap means frames were skipped (out of credits)
     */
    boolean decode(long sequence, byte[] payload);
  }

  /**
   * What the participants saw between {@link #startMeasuring()} and {@link #stopMeasuring()}.
   *
   * @param latenciesMicros send to receipt of every frame received, sorted
   */
  public record Window(
      double seconds,
      long framesSent,
      long framesHeldBack,
      long framesReceived,
      long voiceSent,
      long voiceReceived,
      long voiceReceivedOverUdp,
      long sampleDecoded,
      long sampleFailed,
      long[] latenciesMicros) {

    /** The latency below which {@code fraction} of the frames arrived, in microseconds. */
    public long percentile(double fraction) {
      if (latenciesMicros.length == 0) {
        return 0;
      }
      int index = (int) Math.min(latenciesMicros.length - 1, fraction * latenciesMicros.length);
      return latenciesMicros[index];
    }
  }

  private static final int WINDOW = CreditWindow.FRAMES;

  static {
    KryoLogging.install();
  }

  private static final int MAX_LATENCY_SAMPLES = 4_000_000;

  private final Load load;
  private final SampleDecoder sample;
  private final List<Participant> participants = new ArrayList<>();
  private final ScheduledExecutorService sender = Threads.scheduled("synthetic-send");
  private final ThreadFactory network = Threads.named("synthetic-update");
  private final Latencies latencies = new Latencies();
  private final AtomicLong framesSent = new AtomicLong();
  private final AtomicLong framesHeldBack = new AtomicLong();
  private final AtomicLong framesReceived = new AtomicLong();
  private final AtomicLong voiceSent = new AtomicLong();
  private final AtomicLong voiceReceived = new AtomicLong();
  private final AtomicLong voiceOverUdp = new AtomicLong();
  private final AtomicLong sampleDecoded = new AtomicLong();
  private final AtomicLong sampleFailed = new AtomicLong();
  private volatile boolean measuring;
  private long measuringSince;
  private long[] countersAtStart = new long[8];

  private SyntheticCall(Load load, SampleDecoder sample) {
    this.load = load;
    this.sample = sample;
  }

  /**
   * Joins {@code load.participants()} participants to the host, one after the other, and starts
   * them sending.
   *
   * @param sample decodes the sampled stream (participant 1's frames as participant 0 gets them)
   * @throws NetException if one cannot join (the others leave)
   */
  public static SyntheticCall join(
      String host, int tcpPort, int udpPort, Load load, SampleDecoder sample) throws NetException {
    SyntheticCall call = new SyntheticCall(load, sample);
    try {
      for (int i = 0; i < load.participants(); i++) {
        Participant participant = call.new Participant(i);
        call.participants.add(participant);
        participant.join(host, tcpPort, udpPort);
      }
    } catch (NetException e) {
      call.close();
      throw e;
    }
    call.start();
    return call;
  }

  /** Participants that are still connected. */
  public int connected() {
    return (int) participants.stream().filter(p -> p.client.isConnected()).count();
  }

  /** From now on, frames received are timed and everything is counted. */
  public synchronized void startMeasuring() {
    countersAtStart = counters();
    latencies.clear();
    measuringSince = System.nanoTime();
    measuring = true;
  }

  /** What happened since {@link #startMeasuring()}. */
  public synchronized Window stopMeasuring() {
    measuring = false;
    long[] now = counters();
    long[] delta = new long[now.length];
    for (int i = 0; i < now.length; i++) {
      delta[i] = now[i] - countersAtStart[i];
    }
    return new Window(
        (System.nanoTime() - measuringSince) / 1e9,
        delta[0],
        delta[1],
        delta[2],
        delta[3],
        delta[4],
        delta[5],
        delta[6],
        delta[7],
        latencies.sorted());
  }

  @Override
  public void close() {
    // First nothing sends from the timer, then each participant stops hearing and closes.
    Threads.shutdown(sender, 2_000);
    participants.forEach(Participant::close);
  }

  private long[] counters() {
    return new long[] {
      framesSent.get(),
      framesHeldBack.get(),
      framesReceived.get(),
      voiceSent.get(),
      voiceReceived.get(),
      voiceOverUdp.get(),
      sampleDecoded.get(),
      sampleFailed.get()
    };
  }

  private void start() {
    long framePeriod = (long) (1e9 / load.framesPerSecond());
    int count = participants.size();
    for (int i = 0; i < count; i++) {
      Participant participant = participants.get(i);
      // Spread over a frame time, as independent cameras would be.
      sender.scheduleAtFixedRate(
          participant::sendFrame, framePeriod * i / count, framePeriod, TimeUnit.NANOSECONDS);
      sender.scheduleAtFixedRate(
          participant::probe, 0, UdpPath.PROBE_MILLIS, TimeUnit.MILLISECONDS);
      if (i < load.speakers()) {
        sender.scheduleAtFixedRate(
            participant::sendVoice, 20_000_000L * i / count, 20, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Latency samples from every participant's update thread. */
  private static final class Latencies {
    private long[] samples = new long[1 << 16];
    private int size;

    synchronized void add(long micros) {
      if (size == samples.length) {
        if (size >= MAX_LATENCY_SAMPLES) {
          return;
        }
        samples = Arrays.copyOf(samples, size * 2);
      }
      samples[size++] = micros;
    }

    synchronized void clear() {
      size = 0;
    }

    synchronized long[] sorted() {
      long[] copy = Arrays.copyOf(samples, size);
      Arrays.sort(copy);
      return copy;
    }
  }

  /** One participant: its connection, keys, credits and UDP path. */
  private final class Participant {
    private final int index;
    private final String name;
    private final Client client =
        new Client(
            HostConnection.WRITE_BUFFER_BYTES,
            HostPorts.OBJECT_BUFFER_BYTES,
            new WireSerialization(Encryption.END_TO_END));
    private final SecureLink link = new SecureLink(client, Encryption.END_TO_END, new AtomicLong());
    private final JoinSecurity security;
    private final IdentityKeyPair identity = IdentityKeyPair.generate(new SecureRandom());
    private final CompletableFuture<WireMessage.Welcome> welcome = new CompletableFuture<>();
    private final AtomicInteger credits = new AtomicInteger(WINDOW);
    private final UdpPath udp = new UdpPath();
    private volatile EndToEndKeys keys;
    private volatile int id = -1;
    private volatile int sampledSender = -1;
    private final Object callbacks = new Object();
    private volatile boolean closing;
    private ClientDatagrams datagrams;
    private Thread updateThread;
    private long frameSequence;
    private long voiceSequence;

    Participant(int index) {
      this.index = index;
      this.name = "synthetic" + index;
      this.security = new JoinSecurity(JoinOptions.named(name).withIdentity(identity, null));
    }

    void join(String host, int tcpPort, int udpPort) throws NetException {
      client.addListener(
          new Listener() {
            @Override
            public void received(Connection connection, Object object) {
              synchronized (callbacks) {
                if (closing) {
                  return;
                }
                // Acknowledgements of one frame's messages go back in one frame, as a real
                // participant's do.
                link.hold();
                try {
                  if (object instanceof WireSerialization.Batch batch) {
                    batch.messages().forEach(this::receivedOne);
                  } else {
                    receivedOne(object);
                  }
                } finally {
                  link.release();
                }
              }
            }

            private void receivedOne(Object object) {
              if (object instanceof WireMessage message) {
                arrived(message);
              }
            }

            @Override
            public void disconnected(Connection connection) {
              welcome.completeExceptionally(
                  new NetException(NetFailure.REFUSED, name + ": the host closed the connection"));
            }
          });
      updateThread = network.newThread(client);
      updateThread.start();
      try {
        client.connect(5_000, host, tcpPort);
        client.setTimeout(4_000);
        client.setKeepAliveTCP(1_000);
        datagrams = ClientDatagrams.open(client.getRemoteAddressTCP().getAddress(), udpPort);
        datagrams.start(network, this::datagram, error -> {});
      } catch (IOException e) {
        throw new NetException(NetFailure.NOTHING_LISTENING, name + ": " + e.getMessage());
      }
      link.sendClear(security.hello());
      try {
        welcome.get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw (NetException) e.getCause();
      } catch (TimeoutException e) {
        throw new NetException(NetFailure.TIMED_OUT, name + ": no welcome within 10 s");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NetException(NetFailure.TIMED_OUT, name + ": interrupted while joining");
      }
      if (index == 1) {
        participants.get(0).sampledSender = id;
      }
    }

    /** KryoNet's update thread: everything this participant receives over TCP. */
    private void arrived(WireMessage arrived) {
      try {
        if (!link.ready()) {
          if (arrived instanceof WireMessage.Handshake serverHello) {
            link.sendClear(security.finish(serverHello));
            link.established(security.session());
            link.send(new WireMessage.Hello(dev.asciicall.common.Version.PROTOCOL, "bench", name));
          }
          return;
        }
        WireMessage message = link.open(arrived);
        if (message != null) {
          handle(message);
        }
      } catch (NetException | SecureLink.ProtocolViolation e) {
        welcome.completeExceptionally(new NetException(NetFailure.PROTOCOL_ERROR, e.toString()));
        client.close();
      }
    }

    private void handle(WireMessage message) {
      if (message instanceof WireMessage.Video video) {
        video(video);
      } else if (message instanceof WireMessage.VideoAck) {
        credits.updateAndGet(c -> Math.min(WINDOW, c + 1));
      } else if (message instanceof WireMessage.Audio audio) {
        voice(audio, false);
      } else if (message instanceof WireMessage.MemberKey memberKey && keys != null) {
        keys.admit(memberKey);
      } else if (message instanceof WireMessage.SenderKey senderKey && keys != null) {
        keys.accept(senderKey);
      } else if (message instanceof WireMessage.ParticipantLeft left && keys != null) {
        keys.remove(left.id());
      } else if (message instanceof WireMessage.Welcome welcomed) {
        welcomed(welcomed);
      } else if (message instanceof WireMessage.Refusal refusal) {
        welcome.completeExceptionally(
            new NetException(NetFailure.REFUSED, name + ": " + refusal.message()));
      }
      // Everything else (who joined, media states, keyframe requests) a light participant skips.
    }

    private void welcomed(WireMessage.Welcome welcomed) {
      int self = welcomed.participantId();
      keys =
          new EndToEndKeys(self, identity, name, welcomed.callId(), link::send, sender -> {}, null);
      link.datagramPath(envelope -> datagrams.send(Datagrams.fromParticipant(self, envelope)));
      id = self;
      keys.announce();
      welcome.complete(welcomed);
    }

    private void video(WireMessage.Video video) {
      if (measuring) {
        framesReceived.incrementAndGet();
        latencies.add(CallClock.nowMicros() - video.captureMicros());
      }
      if (video.senderId() == sampledSender && measuring) {
        decodeSample(video);
      }
      link.send(new WireMessage.VideoAck(video.senderId(), video.sequence()));
    }

    private void decodeSample(WireMessage.Video video) {
      Predicate<WireMessage> decoded =
          opened ->
              opened instanceof WireMessage.Video plain
                  && sample.decode(plain.sequence(), plain.payload());
      if (decoded.test(keys.open(video))) {
        sampleDecoded.incrementAndGet();
      } else {
        sampleFailed.incrementAndGet();
      }
    }

    /** The UDP reading thread: the host's echoes and the others' voice. */
    private void datagram(byte[] datagram) {
      if (closing) {
        return;
      }
      try {
        WireMessage message = link.openDatagram(datagram);
        if (message instanceof WireMessage.UdpProbe) {
          udp.echoed();
        } else if (message instanceof WireMessage.Audio audio) {
          voice(audio, true);
        }
      } catch (SecureLink.ProtocolViolation e) {
        client.close();
      }
    }

    private void voice(WireMessage.Audio audio, boolean overUdp) {
      if (measuring) {
        voiceReceived.incrementAndGet();
        if (overUdp) {
          voiceOverUdp.incrementAndGet();
        }
      }
    }

    /** The send thread, once a frame time: the next frame if a credit is free. */
    void sendFrame() {
      if (keys == null || closing || !client.isConnected()) {
        return;
      }
      if (credits.get() <= 0) {
        if (measuring) {
          framesHeldBack.incrementAndGet();
        }
        return;
      }
      credits.decrementAndGet();
      byte[] payload = load.frames().get((int) (frameSequence % load.frames().size()));
      WireMessage.Video video =
          new WireMessage.Video(id, frameSequence++, CallClock.nowMicros(), payload);
      if (link.send(keys.seal(video)) && measuring) {
        framesSent.incrementAndGet();
      }
    }

    /** The send thread, every 20 ms for a speaker: one voice packet, by UDP when it works. */
    void sendVoice() {
      if (keys == null || closing || !client.isConnected()) {
        return;
      }
      byte[] opus = load.voice().get((int) (voiceSequence % load.voice().size()));
      WireMessage sealed =
          keys.seal(new WireMessage.Audio(id, voiceSequence++, CallClock.nowMicros(), 0, opus));
      boolean sent = udp.works() ? link.sendDatagram(sealed) : link.send(sealed);
      if (sent && measuring) {
        voiceSent.incrementAndGet();
      }
    }

    void probe() {
      if (keys != null && client.isConnected()) {
        link.sendDatagram(new WireMessage.UdpProbe(CallClock.nowMicros(), udp.works()));
      }
    }

    /**
     * Leaves. No callback may be sending when KryoNet's {@code Client.close} runs on another
     * thread: a send that fails closes the client from the update thread, and the two closes
     * deadlock.
     */
    void close() {
      synchronized (callbacks) {
        closing = true;
      }
      NetworkThread.stop(updateThread, client::stop, 2_000);
      if (datagrams != null) {
        datagrams.close(2_000);
      }
    }
  }
}
