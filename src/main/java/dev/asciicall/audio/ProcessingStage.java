package dev.asciicall.audio;

import java.util.Locale;

/** One stage of voice processing that the user can turn on or off. */
public enum ProcessingStage {
  /** Acoustic echo cancellation: the others do not hear themselves from my speakers. */
  ECHO("echo cancellation"),
  /** Noise suppression: fans, hum and keyboard clicks are turned down. */
  NOISE("noise suppression"),
  /** Automatic gain: a quiet microphone is brought up, a loud one never clips. */
  GAIN("automatic gain");

  private final String description;

  ProcessingStage(String description) {
    this.description = description;
  }

  /** The word on the command line: {@code echo}, {@code noise}, {@code gain}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Words for people, e.g. "echo cancellation". */
  public String description() {
    return description;
  }
}
