package dev.asciicall.cli;

import dev.asciicall.audio.AudioDevices;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.call.AudioEndpoints;
import dev.asciicall.call.CallService;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.call.LocalAddresses;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.common.Threads;
import dev.asciicall.terminal.CallScreenModel;
import dev.asciicall.terminal.ColorChoice;
import dev.asciicall.terminal.ColorSupport;
import dev.asciicall.terminal.PictureSteps;
import dev.asciicall.terminal.TerminalFrontEnd;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ParseResult;

/**
 * {@code join HOST --terminal} and {@code host --terminal}: the call full screen in this terminal,
 * through the same call layer as the window ({@link CallService} with the default sound devices,
 * {@link dev.asciicall.call.LocalVideo} for my picture). Ends with one line on the restored
 * terminal and the exit codes of {@code join --headless}: 0 after leaving or when the host ended
 * the call, 1 when the call could not start (nothing listening, wrong passphrase, ports in use) or
 * the terminal failed, {@value Cli#EXIT_LOST_HOST} when the connection to the host was lost.
 */
final class TerminalCallCommand {

  /** Everything but the call itself: my picture, the terminal's colours, the sound. */
  record Look(
      SourceSpec source,
      int columns,
      double framesPerSecond,
      ColorChoice color,
      AudioEndpoints audio) {}

  private TerminalCallCommand() {}

  /** Columns a host sends from the terminal; {@code d} and {@code D} change them. */
  static final int HOST_COLUMNS = 80;

  static final double HOST_FRAMES_PER_SECOND = 30;

  /** {@code join HOST --terminal}, with the join command's options read. */
  static int join(JoinCommand command, JoinRequest request, Optional<AudioSource> voice) {
    ParseResult given = command.spec.commandLine().getParseResult();
    refuseHeadlessOptions(command.headless, given, "--duration", "--stats-json");
    // --audio-source replaces the microphone only when given: its default (none) is headless's.
    AudioDevices devices = new AudioDevices();
    Optional<ProcessingSettings> stages = command.processing.settings();
    AudioEndpoints audio =
        given.hasMatchedOption("--audio-source")
            ? TerminalAudio.withVoice(devices, voice, stages)
            : TerminalAudio.defaultDevices(devices, stages);
    Look look =
        new Look(
            command.source,
            command.columns,
            command.framesPerSecond,
            command.terminal.choice(),
            audio);
    CallScreenModel model = new CallScreenModel(request.name(), request.address().toString());
    return run(model, look, calls -> calls.join(request));
  }

  /** {@code host --terminal}, with the host command's options read. */
  static int host(HostCommand command) {
    ParseResult given = command.spec.commandLine().getParseResult();
    refuseHeadlessOptions(
        command.headless, given, "--duration", "--max-participants", "--stats-interval");
    Look look =
        new Look(
            command.source,
            HOST_COLUMNS,
            HOST_FRAMES_PER_SECOND,
            command.terminal.choice(),
            TerminalAudio.defaultDevices(new AudioDevices(), command.processing.settings()));
    HostRequest request =
        new HostRequest(
            command.port,
            command.udpPort,
            command.callName,
            command.name,
            command.passphrase().orElse(null));
    CallScreenModel model = new CallScreenModel(request.name(), request.callName());
    // Before the call starts: the call wipes the passphrase once it has its verifier.
    String note = hostingNote(request);
    return run(
        model,
        look,
        calls ->
            calls
                .host(request)
                .thenApply(
                    status -> {
                      if (status.state() == CallState.HOSTING) {
                        model.note(note);
                      }
                      return status;
                    }));
  }

  private static void refuseHeadlessOptions(
      boolean headless, ParseResult given, String... headlessOnly) {
    if (headless) {
      throw UserFacingException.badInput(
          "--terminal and --headless exclude each other; nothing was started");
    }
    for (String option : headlessOnly) {
      if (given.hasMatchedOption(option)) {
        throw UserFacingException.badInput(
            option + " works with --headless only; nothing was started");
      }
    }
  }

  private static int run(
      CallScreenModel model,
      Look look,
      Function<CallService, CompletableFuture<CallStatus>> start) {
    TerminalFrontEnd.Outcome outcome;
    try (TerminalPicture picture =
        TerminalPicture.open(look.framesPerSecond(), PictureSteps.initial(look.columns()))) {
      CallService calls = new CallService(look.audio());
      // Closed once: here, or by the hook on SIGTERM or a closed SSH session, which leaves the
      // call (ends it when hosting) rather than letting the others find us gone.
      Runnable closeCalls = once(calls::close);
      Thread hook = Threads.shutdownHook("terminal-call-shutdown", closeCalls);
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        TerminalFrontEnd frontEnd =
            new TerminalFrontEnd(
                picture.session,
                ColorSupport.detect(look.color(), picture.session),
                model,
                picture.video);
        picture.start(look.source(), model);
        outcome = frontEnd.call(calls, start);
      } finally {
        removeHook(hook);
        closeCalls.run();
      }
    }
    return exit(outcome, System.out, System.err);
  }

  /** The line for the restored terminal, and the exit code. */
  static int exit(TerminalFrontEnd.Outcome outcome, PrintStream out, PrintStream err) {
    switch (outcome.ending()) {
      case LEFT:
      case CALL_ENDED:
        if (!outcome.message().isEmpty()) {
          out.println(outcome.message());
        }
        return 0;
      case LOST_HOST:
        err.println("asciicall: " + outcome.message());
        return Cli.EXIT_LOST_HOST;
      default:
        throw UserFacingException.failure(outcome.message(), null);
    }
  }

  /** Where others join, shown in the chat strip once the call is up. */
  static String hostingNote(HostRequest request) {
    // LAN addresses first, this computer's loopback last: offer loopback only when alone.
    List<HostAddress> addresses = LocalAddresses.forPort(request.port());
    List<HostAddress> lan =
        addresses.size() > 1 ? addresses.subList(0, addresses.size() - 1) : addresses;
    boolean passphrase = request.passphrase() != null && request.passphrase().length > 0;
    String udp =
        request.udpPort() == HostAddress.DEFAULT_UDP_PORT ? "" : " --udp-port " + request.udpPort();
    String others =
        lan.size() > 1
            ? " (or "
                + lan.subList(1, Math.min(lan.size(), 3)).stream()
                    .map(HostAddress::toString)
                    .collect(Collectors.joining(", "))
                + ")"
            : "";
    return "hosting '"
        + request.callName()
        + "'"
        + (passphrase ? " with a passphrase" : "")
        + ": others join with  asciicall join "
        + lan.get(0)
        + udp
        + others;
  }

  private static Runnable once(Runnable action) {
    java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();
    return () -> {
      if (done.compareAndSet(false, true)) {
        action.run();
      }
    };
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: it leaves the call.
    }
  }
}
