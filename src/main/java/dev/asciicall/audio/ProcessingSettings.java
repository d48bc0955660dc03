package dev.asciicall.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which voice processing stages run on my microphone: echo cancellation, noise suppression,
 * automatic gain. All by default; none for a headset or a studio microphone. Written on the command
 * line as {@code all}, {@code none} or words joined by commas ({@code echo,noise}).
 */
public record ProcessingSettings(Set<ProcessingStage> stages) {

  /** The command line's words, for usage texts. */
  public static final String USAGE = "all|none|echo,noise,gain (any of the three, comma-separated)";

  /**
   * The system property through which the command line's {@code --audio-processing} reaches the
   * window it opens in the same process; the window's saved choice applies when it is not set.
   */
  public static final String WINDOW_PROPERTY = "asciicall.audio.processing";

  public static final ProcessingSettings ALL =
      new ProcessingSettings(EnumSet.allOf(ProcessingStage.class));
  public static final ProcessingSettings NONE =
      new ProcessingSettings(EnumSet.noneOf(ProcessingStage.class));

  public ProcessingSettings {
    EnumSet<ProcessingStage> copy = EnumSet.noneOf(ProcessingStage.class);
    copy.addAll(stages);
    stages = Collections.unmodifiableSet(copy);
  }

  public static ProcessingSettings of(ProcessingStage... stages) {
    return new ProcessingSettings(Set.copyOf(Arrays.asList(stages)));
  }

  /**
   * Reads {@code all}, {@code none} or a comma-separated list of {@code echo}, {@code noise},
   * {@code gain}.
   *
   * @throws IllegalArgumentException with a one-line message naming what was not understood
   */
  public static ProcessingSettings parse(String text) {
    String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (trimmed.equals("all")) {
      return ALL;
    }
    if (trimmed.equals("none")) {
      return NONE;
    }
    EnumSet<ProcessingStage> stages = EnumSet.noneOf(ProcessingStage.class);
    for (String word : trimmed.split(",", -1)) {
      ProcessingStage stage = stage(word.trim());
      if (stage == null) {
        throw new IllegalArgumentException(
            "expected " + USAGE + ", got '" + (text == null ? "" : text.trim()) + "'");
      }
      stages.add(stage);
    }
    return new ProcessingSettings(stages);
  }

  private static ProcessingStage stage(String word) {
    for (ProcessingStage stage : ProcessingStage.values()) {
      if (stage.word().equals(word)) {
        return stage;
      }
    }
    return null;
  }

  public boolean has(ProcessingStage stage) {
    return stages.contains(stage);
  }

  public boolean isNone() {
    return stages.isEmpty();
  }

  public ProcessingSettings with(ProcessingStage stage) {
    EnumSet<ProcessingStage> more = EnumSet.noneOf(ProcessingStage.class);
    more.addAll(stages);
    more.add(stage);
    return new ProcessingSettings(more);
  }

  public ProcessingSettings without(ProcessingStage stage) {
    EnumSet<ProcessingStage> fewer = EnumSet.noneOf(ProcessingStage.class);
    fewer.addAll(stages);
    fewer.remove(stage);
    return new ProcessingSettings(fewer);
  }

  /** Words for people: "echo cancellation, noise suppression" or "no processing". */
  public String describe() {
    if (stages.isEmpty()) {
      return "no processing";
    }
    List<String> words = new ArrayList<>();
    stages.forEach(stage -> words.add(stage.description()));
    return String.join(", ", words);
  }

  /** The command-line form, which {@link #parse} reads back. */
  @Override
  public String toString() {
    if (stages.size() == ProcessingStage.values().length) {
      return "all";
    }
    if (stages.isEmpty()) {
      return "none";
    }
    return stages.stream().map(ProcessingStage::word).collect(Collectors.joining(","));
  }
}
