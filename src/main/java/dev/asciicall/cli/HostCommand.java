package dev.asciicall.cli;

import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.cli.crypto.PassphraseOptions;
import dev.asciicall.cli.crypto.SecurityPrinter;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.ChatMessage;
import dev.asciicall.net.HostOptions;
import dev.asciicall.net.HostServer;
import dev.asciicall.net.HostThreads;
import dev.asciicall.net.NetException;
import dev.asciicall.net.PeerVerification;
import dev.asciicall.net.VideoPacket;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code asciicall host}: hosts a call, as a headless relay or in the window. */
@Command(
    name = "host",
    mixinStandardHelpOptions = true,
    description = "Host a call others can join.")
final class HostCommand implements Callable<Integer> {

  private final GuiLauncher gui;
  private final Supplier<HostThreads> threads;

  HostCommand(GuiLauncher gui) {
    this(gui, HostThreads::named);
  }

  /** Test seam: the threads the headless host runs on (a test's may fail on purpose). */
  HostCommand(GuiLauncher gui, Supplier<HostThreads> threads) {
    this.gui = gui;
    this.threads = threads;
  }

  @Option(names = "--port", defaultValue = "" + HostAddress.DEFAULT_PORT, description = "TCP port.")
  int port;

  @Option(
      names = "--udp-port",
      defaultValue = "" + HostAddress.DEFAULT_UDP_PORT,
      description = "UDP port (discovery).")
  int udpPort;

  @Option(names = "--name", defaultValue = "${sys:user.name}", description = "Display name.")
  String name;

  @Option(names = "--call-name", defaultValue = "asciicall", description = "Shown in discovery.")
  String callName;

  @Option(
      names = "--source",
      defaultValue = "demo",
      converter = SourceSpecConverter.class,
      description =
          "Video source in the window: " + SourceSpec.FORMS + " (default: ${DEFAULT-VALUE}).")
  SourceSpec source;

  @Option(names = "--headless", description = "No window: relay, print joins, leaves and stats.")
  boolean headless;

  @Option(names = "--duration", description = "Headless: end the call after this many seconds.")
  Double durationSeconds;

  @Option(names = "--stats-interval", defaultValue = "5", description = "Seconds between stats.")
  int statsSeconds;

  @Option(
      names = "--max-participants",
      paramLabel = "N",
      defaultValue = "" + HostOptions.DEFAULT_PARTICIPANTS,
      description = "Admit at most N participants, the host included (default: ${DEFAULT-VALUE}).")
  int maxParticipants;

  @Mixin PassphraseOptions passphrase;

  @Override
  public Integer call() throws Exception {
    if (!headless) {
      if (maxParticipants != HostOptions.DEFAULT_PARTICIPANTS) {
        throw UserFacingException.badInput(
            "--max-participants works with --headless only; nothing was started");
      }
      char[] phrase = passphrase.read().orElse(null);
      gui.launch(
          StartupAction.encode(
              new StartupAction.Host(
                  new HostRequest(port, udpPort, callName, name, phrase), source)));
      return 0;
    }
    if (maxParticipants < 2 || maxParticipants > HostOptions.MAX_PARTICIPANTS) {
      throw UserFacingException.badInput(
          "--max-participants must be 2.."
              + HostOptions.MAX_PARTICIPANTS
              + ", got "
              + maxParticipants);
    }
    HostOptions options =
        SecurityPrinter.hostOptions(callName).withMaxParticipants(maxParticipants);
    java.util.Optional<char[]> phrase = passphrase.read();
    if (phrase.isPresent()) {
      options = options.withPassphrase(phrase.get());
      java.util.Arrays.fill(phrase.get(), '\0');
    }
    try (StopSignal stop = new StopSignal("host-shutdown")) {
      HostServer host;
      try {
        host =
            HostServer.start(
                port, udpPort, options, new Printer(), threads.get().withFatal(FatalExit::now));
      } catch (NetException e) {
        throw UserFacingException.failure(e.getMessage(), e);
      }
      System.out.printf(
          "hosting '%s' on TCP %d, UDP %d, encrypted%s%n",
          callName, port, udpPort, phrase.isPresent() ? ", passphrase required" : "");
      if (System.console() != null) {
        // Only at a terminal: elsewhere standard input may belong to whoever started us.
        System.out.println("host controls, type: " + HostConsole.HELP);
        new HostConsole(host, System.out).start(System.in);
      }
      long end =
          durationSeconds == null
              ? Long.MAX_VALUE
              : System.nanoTime() + (long) (durationSeconds * 1e9);
      while (System.nanoTime() < end
          && !stop.await(
              Math.min(statsSeconds * 1000L, Math.max(1, (end - System.nanoTime()) / 1_000_000)))) {
        printStats(host);
      }
      String reason = "the host ended the call";
      host.stop(reason);
      System.out.println("call ended: " + reason);
      stop.finished(0);
      return 0;
    }
  }

  private static void printStats(HostServer host) {
    var counters = host.counters();
    var audio = host.audioCounters();
    var door = host.gateCounters();
    var udp = host.datagramCounters();
    System.out.printf(
        Locale.ROOT,
        "stats: %d participants, frames in %d, out %d (%.1f MB), replaced %d, rejected %d;"
            + " audio packets in %d (%d over UDP), out %d (%d over UDP), dropped %d;"
            + " connections waiting %d, refused %d, timed out %d; datagrams refused %d%n",
        host.participantCount() - 1,
        counters.framesIn(),
        counters.framesOut(),
        counters.bytesOut() / 1e6,
        counters.framesReplaced(),
        host.rejectedCount(),
        audio.packetsIn(),
        audio.packetsInOverUdp(),
        audio.packetsOut(),
        audio.packetsOverUdp(),
        audio.packetsDropped(),
        door.strangers(),
        door.refused(),
        door.overdue(),
        udp.refused());
  }

  /** Prints joins and leaves; called on the host's own event thread ({@code net-host-local-1}). */
  private static final class Printer implements CallEvents {
    @Override
    public void participantJoined(int id, String peerName) {
      System.out.println("joined: " + peerName + " (#" + id + ")");
    }

    @Override
    public void participantLeft(int id, String reason) {
      System.out.println("left: #" + id + " (" + reason + ")");
    }

    @Override
    public void video(VideoPacket video) {
      // A headless relay shows nothing.
    }

    @Override
    public void chat(ChatMessage chat) {
      System.out.println("chat #" + chat.senderId() + ": " + chat.text());
    }

    @Override
    public void keyframeRequested() {
      // A headless relay sends no video.
    }

    @Override
    public void callEnded(String reason) {
      // The host ends calls itself.
    }

    @Override
    public void participantVerified(PeerVerification verification) {
      System.out.println(SecurityPrinter.describe(verification));
    }
  }
}
