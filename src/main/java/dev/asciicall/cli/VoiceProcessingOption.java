package dev.asciicall.cli;

import dev.asciicall.audio.ProcessingSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --audio-processing all|none|echo,noise,gain} for {@code host} and {@code join}. */
final class VoiceProcessingOption {

  @Option(
      names = "--audio-processing",
      paramLabel = "STAGES",
      description =
          "Voice processing on your microphone: "
              + ProcessingSettings.USAGE
              + ". Window: default the choice in its Voice menu (all at first). Headless join:"
              + " default all for a microphone, none for a tone or file.")
  String given;

  /** The stages given, empty when the option was not used; bad words exit 2 with one line. */
  Optional<ProcessingSettings> settings() {
    if (given == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ProcessingSettings.parse(given));
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badInput("--audio-processing: " + e.getMessage());
    }
  }

  /** Hands the stages given to the window this process opens next (it reads them at start). */
  void handToWindow() {
    settings()
        .ifPresent(
            stages -> System.setProperty(ProcessingSettings.WINDOW_PROPERTY, stages.toString()));
  }
}
