package dev.asciicall.cli;

import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.audio.AudioDevices;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.AudioSourceSpec;
import dev.asciicall.audio.MicrophoneSource;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.call.HeadlessParticipant;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.call.LocalVideo;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureSettings;
import dev.asciicall.capture.SourceCatalog;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.codec.GlyphGrid;
import dev.asciicall.net.ClientThreads;
import dev.asciicall.net.JoinOptions;
import dev.asciicall.net.NetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asciicall join HOST[:PORT]}: joins a call, headless or in the window. */
@Command(
    name = "join",
    mixinStandardHelpOptions = true,
    description = "Join a call hosted by another asciicall.")
final class JoinCommand implements Callable<Integer> {

  private final GuiLauncher gui;

  JoinCommand(GuiLauncher gui) {
    this.gui = gui;
  }

  @Parameters(paramLabel = "HOST[:PORT]", description = "Host name or IP, optionally :TCP port.")
  String address;

  @Option(
      names = "--udp-port",
      defaultValue = "" + HostAddress.DEFAULT_UDP_PORT,
      description = "Host's UDP port.")
  int udpPort;

  @Option(names = "--name", defaultValue = "${sys:user.name}", description = "Display name.")
  String name;

  @Option(
      names = "--source",
      defaultValue = "demo",
      converter = SourceSpecConverter.class,
      description = "Video source: " + SourceSpec.FORMS + " (default: ${DEFAULT-VALUE}).")
  SourceSpec source;

  @Option(
      names = "--columns",
      defaultValue = "80",
      description = "Headless and --terminal: ASCII columns sent (default: ${DEFAULT-VALUE}).")
  int columns;

  @Option(names = "--headless", description = "No window: send, receive and report.")
  boolean headless;

  @Option(names = "--duration", description = "Headless: leave after this many seconds.")
  Double durationSeconds;

  @Option(names = "--stats-json", description = "Headless: write statistics here on exit.")
  Path statsJson;

  @Option(names = "--fps", defaultValue = "30", description = "Frames per second sent.")
  double framesPerSecond;

  @Option(
      names = "--audio-source",
      defaultValue = "none",
      description =
          "Headless: voice sent instead of a microphone: "
              + AudioSourceSpec.USAGE
              + " (default: ${DEFAULT-VALUE}; others' voices are still received and counted).")
  String audioSource;

  @Mixin PassphraseOptions passphrase;

  @Mixin VoiceProcessingOption processing;

  @Mixin TerminalOptions terminal;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    HostAddress host = parseAddress(address);
    Optional<AudioSource> voice;
    try {
      voice = AudioSourceSpec.parse(audioSource, new AudioDevices());
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badInput("--audio-source: " + e.getMessage());
    }
    if (!(framesPerSecond > 0 && framesPerSecond <= 120)) {
      throw UserFacingException.badInput("--fps must be in (0, 120], got " + framesPerSecond);
    }
    if (columns < 1 || columns > GlyphGrid.MAX_COLUMNS) {
      throw UserFacingException.badInput(
          "--columns must be 1.." + GlyphGrid.MAX_COLUMNS + ", got " + columns);
    }
    ConversionSettings settings;
    try {
      settings = ConversionSettings.defaults().withColumns(columns);
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badInput("--columns: " + e.getMessage());
    }
    Optional<ProcessingSettings> stages = processing.settings();
    if (terminal.requested()) {
      return TerminalCallCommand.join(
          this, new JoinRequest(host, udpPort, name, passphrase.read().orElse(null)), voice);
    }
    if (!headless) {
      processing.handToWindow();
      char[] phrase = passphrase.read().orElse(null);
      gui.launch(new StartupAction.Join(new JoinRequest(host, udpPort, name, phrase), source));
      return 0;
    }
    JoinOptions joinOptions = SecurityPrinter.joinOptions(name);
    joinOptions = passphrase.read().map(joinOptions::withPassphrase).orElse(joinOptions);
    long start = System.nanoTime();
    try (StopSignal stop = new StopSignal("join-shutdown");
        HeadlessParticipant participant = new HeadlessParticipant(name, System.out);
        CaptureService capture =
            new CaptureService(
                SourceCatalog.system(),
                CaptureSettings.defaults().withFramesPerSecond(framesPerSecond));
        LocalVideo video = LocalVideo.withOwnThreads(capture, settings)) {
      try {
        participant.join(
            host.host(),
            host.port(),
            udpPort,
            joinOptions,
            5_000,
            ClientThreads.named().withFatal(FatalExit::now));
      } catch (NetException e) {
        throw UserFacingException.failure("cannot join: " + e.getMessage(), e);
      }
      // A source that cannot open is reported here and replaced by the demo scene until it can.
      capture.addStatusListener(
          status -> status.message().ifPresent(m -> System.out.println("capture: " + m)));
      participant.startSending(video);
      // Headless has no speakers: voices are received, concealed and counted, then discarded.
      // A microphone gets every stage unless told otherwise; a tone or a file is clean already.
      boolean microphone = voice.isPresent() && voice.get() instanceof MicrophoneSource;
      participant.startAudio(
          voice.orElse(null),
          null,
          stages.orElse(microphone ? ProcessingSettings.ALL : ProcessingSettings.NONE));
      video.start(source);
      long end =
          durationSeconds == null
              ? Long.MAX_VALUE
              : System.nanoTime() + (long) (durationSeconds * 1e9);
      String reason = null;
      while (reason == null && System.nanoTime() < end && !stop.await(0)) {
        long millis = Math.max(1, Math.min(200, (end - System.nanoTime()) / 1_000_000));
        reason = participant.awaitEnd(millis);
      }
      boolean lost = participant.lostHost();
      String stats = participant.statsJson((System.nanoTime() - start) / 1e9);
      video.close();
      capture.close();
      participant.close();
      if (statsJson != null) {
        write(statsJson, stats);
      }
      if (reason != null) {
        System.out.println("call ended: " + reason);
      }
      int exit = lost ? Cli.EXIT_LOST_HOST : 0;
      stop.finished(exit);
      return exit;
    }
  }

  private static HostAddress parseAddress(String text) {
    HostAddress.Check check = HostAddress.parse(text);
    if (check instanceof HostAddress.Invalid invalid) {
      throw UserFacingException.badInput("'" + text + "': " + invalid.message());
    }
    return ((HostAddress.Valid) check).address();
  }

  private static void write(Path file, String json) {
    try {
      Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserFacingException.failure("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
