package dev.asciicall.audio;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Parses {@code --audio-source tone|file:PATH|mic|none} for headless calls. {@code tone} takes an
 * optional frequency ({@code tone:660}); {@code mic} takes an optional device name ({@code mic:USB
 * Headset}).
 */
public final class AudioSourceSpec {

  public static final String USAGE = "tone, tone:HZ, file:PATH, mic, mic:NAME or none";

  private AudioSourceSpec() {}

  /**
   * Returns the source named by {@code spec}, empty for {@code none}.
   *
   * @throws IllegalArgumentException with a one-line message when the spec is not understood
   */
  public static Optional<AudioSource> parse(String spec, AudioDevices devices) {
    String trimmed = spec.trim();
    if (trimmed.equals("none")) {
      return Optional.empty();
    }
    if (trimmed.equals("tone")) {
      return Optional.of(new ToneSource());
    }
    if (trimmed.startsWith("tone:")) {
      String hertz = trimmed.substring("tone:".length());
      try {
        return Optional.of(new ToneSource(Double.parseDouble(hertz), ToneSource.DEFAULT_AMPLITUDE));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("tone frequency '" + hertz + "' is not a number");
      }
    }
    if (trimmed.startsWith("file:") && trimmed.length() > "file:".length()) {
      return Optional.of(new FileSource(Path.of(trimmed.substring("file:".length()))));
    }
    if (trimmed.equals("mic")) {
      return Optional.of(devices.defaultMicrophone());
    }
    if (trimmed.startsWith("mic:") && trimmed.length() > "mic:".length()) {
      String name = trimmed.substring("mic:".length());
      return Optional.of(devices.microphone(new AudioDevice(name, AudioEvent.Direction.INPUT, "")));
    }
    throw new IllegalArgumentException("unknown audio source '" + spec + "': use " + USAGE);
  }
}
