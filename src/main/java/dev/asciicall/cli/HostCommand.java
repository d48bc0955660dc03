package dev.asciicall.cli;

import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.crypto.PassphraseException;
import dev.asciicall.crypto.PassphraseSource;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.ChatMessage;
import dev.asciicall.net.HostOptions;
import dev.asciicall.net.HostServer;
import dev.asciicall.net.HostThreads;
import dev.asciicall.net.NetException;
import dev.asciicall.net.PeerVerification;
import dev.asciicall.net.VideoPacket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code asciicall host}: hosts a call, as a headless relay or in the window. */
@Command(
    name = "host",
    mixinStandardHelpOptions = true,
    description = "Host a call others can join.",
    footer = {
      "%nDefaults may also come from the environment, as the relay's systemd unit sets them from"
          + " /etc/asciicall/relay.conf: ASCIICALL_PORT, ASCIICALL_UDP_PORT, ASCIICALL_CALL_NAME,"
          + " ASCIICALL_MAX_PARTICIPANTS, ASCIICALL_STATS_INTERVAL, and ASCIICALL_PASSPHRASE_FILE"
          + " (a file holding the passphrase; an empty file means none)."
    })
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

  /**
   * Read when a passphrase option is not given: a file holding the passphrase, where an empty file
   * means none. The relay's systemd unit points it at the credential systemd hands over.
   */
  static final String PASSPHRASE_FILE_VARIABLE = "ASCIICALL_PASSPHRASE_FILE";

  // Defaults may come from the environment (ASCIICALL_*), so a systemd unit's EnvironmentFile
  // (/etc/asciicall/relay.conf) configures a relay; options on the command line still win.
  @Option(
      names = "--port",
      defaultValue = "${env:ASCIICALL_PORT:-" + HostAddress.DEFAULT_PORT + "}",
      description = "TCP port (env ASCIICALL_PORT; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--udp-port",
      defaultValue = "${env:ASCIICALL_UDP_PORT:-" + HostAddress.DEFAULT_UDP_PORT + "}",
      description = "UDP port (discovery; env ASCIICALL_UDP_PORT; default: ${DEFAULT-VALUE}).")
  int udpPort;

  @Option(names = "--name", defaultValue = "${sys:user.name}", description = "Display name.")
  String name;

  @Option(
      names = "--call-name",
      defaultValue = "${env:ASCIICALL_CALL_NAME:-asciicall}",
      description = "Shown in discovery (env ASCIICALL_CALL_NAME).")
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

  @Option(
      names = "--stats-interval",
      defaultValue = "${env:ASCIICALL_STATS_INTERVAL:-5}",
      description = "Seconds between stats (env ASCIICALL_STATS_INTERVAL).")
  int statsSeconds;

  @Option(
      names = "--max-participants",
      paramLabel = "N",
      defaultValue = "${env:ASCIICALL_MAX_PARTICIPANTS:-" + HostOptions.DEFAULT_PARTICIPANTS + "}",
      description =
          "Admit at most N participants, the host included (env ASCIICALL_MAX_PARTICIPANTS;"
              + " default: ${DEFAULT-VALUE}).")
  int maxParticipants;

  @Mixin PassphraseOptions passphrase;

  @Spec CommandSpec spec;
  @Mixin VoiceProcessingOption processing;

  @Mixin TerminalOptions terminal;

  @Override
  public Integer call() throws Exception {
    if (terminal.requested()) {
      return TerminalCallCommand.host(this);
    }
    if (!headless) {
      if (spec.commandLine().getParseResult().hasMatchedOption("--max-participants")) {
        throw UserFacingException.badInput(
            "--max-participants works with --headless only; nothing was started");
      }
      processing.handToWindow();
      char[] phrase = passphrase().orElse(null);
      gui.launch(
          new StartupAction.Host(new HostRequest(port, udpPort, callName, name, phrase), source));
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
    Optional<char[]> phrase = passphrase();
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
          callName,
          port,
          udpPort,
          phrase.isPresent()
              ? ", passphrase required"
              : System.getenv(PASSPHRASE_FILE_VARIABLE) != null
                  ? ", no passphrase (anyone who knows the address can join)"
                  : "");
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

  /**
   * The passphrase from {@code --passphrase-file}/{@code --passphrase-env}, else from the file
   * named by {@value #PASSPHRASE_FILE_VARIABLE}, where an empty file (the relay unit's default when
   * no passphrase file is installed) means no passphrase.
   */
  Optional<char[]> passphrase() {
    Optional<char[]> given = passphrase.read();
    String file = System.getenv(PASSPHRASE_FILE_VARIABLE);
    if (given.isPresent() || file == null || file.isBlank()) {
      return given;
    }
    Path path = Path.of(file);
    try {
      if (Files.isRegularFile(path) && Files.size(path) <= 2 && Files.readString(path).isBlank()) {
        return Optional.empty();
      }
      return Optional.of(PassphraseSource.fromFile(path));
    } catch (IOException | PassphraseException e) {
      throw UserFacingException.badInput(
          PASSPHRASE_FILE_VARIABLE + ": " + (e.getMessage() == null ? file : e.getMessage()));
    }
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
