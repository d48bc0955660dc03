package dev.asciicall.call;

/**
 * What works of my audio and, when something does not, one line for the user saying which part is
 * missing and why (e.g. "video-only: no microphone (Microphone is busy), no speakers (no speakers
 * found)").
 */
public record AudioStatus(AudioAvailability availability, String message) {

  static AudioStatus of(String microphoneProblem, String speakerProblem) {
    if (microphoneProblem == null && speakerProblem == null) {
      return new AudioStatus(AudioAvailability.FULL, "audio on");
    }
    if (speakerProblem == null) {
      return new AudioStatus(
          AudioAvailability.NO_MICROPHONE,
          "no microphone (" + microphoneProblem + "): the others cannot hear you");
    }
    if (microphoneProblem == null) {
      return new AudioStatus(
          AudioAvailability.NO_SPEAKERS,
          "no speakers (" + speakerProblem + "): you cannot hear the others");
    }
    return new AudioStatus(
        AudioAvailability.VIDEO_ONLY,
        "video-only: no microphone ("
            + microphoneProblem
            + "), no speakers ("
            + speakerProblem
            + ")");
  }
}
