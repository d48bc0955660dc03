package dev.asciicall.cli;

import dev.asciicall.crypto.CryptoException;
import dev.asciicall.crypto.GroupKeyring;
import dev.asciicall.crypto.HandshakeInitiator;
import dev.asciicall.crypto.HandshakeResponder;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.MediaKind;
import dev.asciicall.crypto.SecureChannel;
import dev.asciicall.crypto.SecureSession;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code asciicall bench crypto}: how long sealing and opening take, and what share of one core
 * encryption costs in a call. Prints one JSON object of medians.
 */
@Command(
    name = "crypto",
    mixinStandardHelpOptions = true,
    description = "Measure encryption speed and the CPU encryption adds to a call (JSON medians).")
public final class BenchCryptoCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--frame-bytes",
      defaultValue = "6000",
      description = "Size of one encoded ASCII frame (default: ${DEFAULT-VALUE}).")
  int frameBytes;

  @Option(
      names = "--rounds",
      defaultValue = "31",
      description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  private static final int PEERS = 4;
  private static final int FRAMES_PER_SECOND = 30;
  private static final int AUDIO_PACKETS_PER_SECOND = 50;
  private static final int AUDIO_BYTES = 60;
  private static final int BATCH = 500;

  private final SecureRandom random = new SecureRandom();

  /**
   * CPU time of the measuring thread, not wall time: the figures are CPU cost, and on a shared
   * machine wall time mostly measures the neighbours.
   */
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  @Override
  public Integer call() throws CryptoException {
    if (frameBytes < 1 || frameBytes > 1_000_000 || rounds < 1 || rounds > 1000) {
      throw UserFacingException.badInput("--frame-bytes must be 1..1000000, --rounds 1..1000");
    }
    IdentityKeyPair client = IdentityKeyPair.generate(random);
    IdentityKeyPair server = IdentityKeyPair.generate(random);
    // The first pass only warms up the JIT (AES-GCM intrinsics kick in late); the second is kept.
    int requestedRounds = rounds;
    rounds = 5;
    measure(client, server);
    rounds = requestedRounds;
    String figures = measure(client, server);
    PrintWriter out = spec.commandLine().getOut();
    out.println(figures);
    out.flush();
    return 0;
  }

  private String measure(IdentityKeyPair client, IdentityKeyPair server) throws CryptoException {
    double handshakeMillis = median(() -> handshake(client, server), 1) / 1000.0;

    SecureSession[] link = handshake(client, server);
    double channelSeal1k = sealMicros(link[0].control(), 1024);
    double channelOpen1k = openMicros(link[0].control(), link[1].control(), 1024);
    double channelSealFrame = sealMicros(link[0].control(), frameBytes);
    double channelOpenFrame = openMicros(link[0].control(), link[1].control(), frameBytes);
    double channelSealAudio = sealMicros(link[0].datagrams(), AUDIO_BYTES);
    double channelOpenAudio = openMicros(link[0].datagrams(), link[1].datagrams(), AUDIO_BYTES);

    GroupKeyring[] group = group(client, server);
    double mediaSeal1k = mediaSealMicros(group[0], MediaKind.FRAME, 1024);
    double mediaOpen1k = mediaOpenMicros(group, MediaKind.FRAME, 1024);
    double mediaSealFrame = mediaSealMicros(group[0], MediaKind.FRAME, frameBytes);
    double mediaOpenFrame = mediaOpenMicros(group, MediaKind.FRAME, frameBytes);
    double mediaSealAudio = mediaSealMicros(group[0], MediaKind.AUDIO, AUDIO_BYTES);
    double mediaOpenAudio = mediaOpenMicros(group, MediaKind.AUDIO, AUDIO_BYTES);

    int others = PEERS - 1;
    // A participant seals its own media end to end and once more for the link to the relay, and
    // opens everyone else's twice (link, then end to end).
    double participantMicrosPerSecond =
        FRAMES_PER_SECOND
                * (mediaSealFrame + channelSealFrame + others * (channelOpenFrame + mediaOpenFrame))
            + AUDIO_PACKETS_PER_SECOND
                * (mediaSealAudio
                    + channelSealAudio
                    + others * (channelOpenAudio + mediaOpenAudio));
    // A headless relay opens each participant's link envelope and reseals it for the others.
    double relayMicrosPerSecond =
        PEERS
            * (FRAMES_PER_SECOND * (channelOpenFrame + others * channelSealFrame)
                + AUDIO_PACKETS_PER_SECOND * (channelOpenAudio + others * channelSealAudio));

    return String.format(
        Locale.ROOT,
        "{\"benchmark\":\"crypto\",\"cipher\":\"AES-256-GCM\",\"rounds\":%d,"
            + "\"handshake_ms\":%.3f,"
            + "\"channel_seal_1k_us\":%.2f,\"channel_open_1k_us\":%.2f,"
            + "\"media_seal_1k_us\":%.2f,\"media_open_1k_us\":%.2f,"
            + "\"frame_bytes\":%d,\"channel_seal_frame_us\":%.2f,\"channel_open_frame_us\":%.2f,"
            + "\"media_seal_frame_us\":%.2f,\"media_open_frame_us\":%.2f,"
            + "\"audio_bytes\":%d,\"media_seal_audio_us\":%.2f,\"media_open_audio_us\":%.2f,"
            + "\"call\":{\"peers\":%d,\"fps\":%d,\"audio_pps\":%d,"
            + "\"participant_crypto_cpu_percent_of_one_core\":%.3f,"
            + "\"relay_crypto_cpu_percent_of_one_core\":%.3f}}",
        rounds,
        handshakeMillis,
        channelSeal1k,
        channelOpen1k,
        mediaSeal1k,
        mediaOpen1k,
        frameBytes,
        channelSealFrame,
        channelOpenFrame,
        mediaSealFrame,
        mediaOpenFrame,
        AUDIO_BYTES,
        mediaSealAudio,
        mediaOpenAudio,
        PEERS,
        FRAMES_PER_SECOND,
        AUDIO_PACKETS_PER_SECOND,
        participantMicrosPerSecond / 10_000.0,
        relayMicrosPerSecond / 10_000.0);
  }

  private SecureSession[] handshake(IdentityKeyPair client, IdentityKeyPair server) {
    try {
      HandshakeInitiator initiator = new HandshakeInitiator(client, random);
      HandshakeResponder responder = new HandshakeResponder(server, random);
      byte[] finish = initiator.finish(responder.respond(initiator.hello()));
      return new SecureSession[] {initiator.session(), responder.complete(finish)};
    } catch (CryptoException e) {
      throw new IllegalStateException("in-memory handshake failed", e);
    }
  }

  private GroupKeyring[] group(IdentityKeyPair sender, IdentityKeyPair receiver)
      throws CryptoException {
    byte[] callId = "bench".getBytes(StandardCharsets.UTF_8);
    GroupKeyring senderKeyring = new GroupKeyring(sender, "sender", callId, random);
    GroupKeyring receiverKeyring = new GroupKeyring(receiver, "receiver", callId, random);
    senderKeyring.admit("receiver", receiverKeyring.announcement());
    receiverKeyring.admit("sender", senderKeyring.announcement());
    receiverKeyring.acceptSenderKey("sender", senderKeyring.senderKeyFor("receiver"));
    return new GroupKeyring[] {senderKeyring, receiverKeyring};
  }

  private double sealMicros(SecureChannel channel, int size) {
    byte[] plaintext = payload(size);
    return median(() -> channel.seal(plaintext), BATCH);
  }

  private double openMicros(SecureChannel sender, SecureChannel receiver, int size) {
    byte[] plaintext = payload(size);
    return medianOfPrepared(
        () -> sender.seal(plaintext),
        envelope -> {
          try {
            receiver.open(envelope);
          } catch (CryptoException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private double mediaSealMicros(GroupKeyring sender, MediaKind kind, int size) {
    byte[] plaintext = payload(size);
    return median(() -> sender.seal(kind, plaintext), BATCH);
  }

  private double mediaOpenMicros(GroupKeyring[] group, MediaKind kind, int size) {
    byte[] plaintext = payload(size);
    return medianOfPrepared(
        () -> group[0].seal(kind, plaintext),
        packet -> {
          try {
            group[1].open("sender", kind, packet);
          } catch (CryptoException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private byte[] payload(int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Median per-operation CPU time in microseconds over {@code rounds} batches, after a warm-up. */
  private double median(java.util.function.Supplier<?> operation, int batch) {
    for (int i = 0; i < Math.max(batch * 4, 20); i++) {
      operation.get();
    }
    double[] perOperation = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long start = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        operation.get();
      }
      perOperation[round] = (CPU.getCurrentThreadCpuTime() - start) / 1000.0 / batch;
    }
    Arrays.sort(perOperation);
    return perOperation[rounds / 2];
  }

  /** Like {@link #median} for opening: envelopes are sealed outside the timed loop. */
  private double medianOfPrepared(
      java.util.function.Supplier<byte[]> prepare, java.util.function.Consumer<byte[]> operation) {
    double[] perOperation = new double[rounds];
    for (int round = -4; round < rounds; round++) {
      byte[][] envelopes = new byte[BATCH][];
      for (int i = 0; i < BATCH; i++) {
        envelopes[i] = prepare.get();
      }
      long start = CPU.getCurrentThreadCpuTime();
      for (byte[] envelope : envelopes) {
        operation.accept(envelope);
      }
      if (round >= 0) {
        perOperation[round] = (CPU.getCurrentThreadCpuTime() - start) / 1000.0 / BATCH;
      }
    }
    Arrays.sort(perOperation);
    return perOperation[rounds / 2];
  }
}
