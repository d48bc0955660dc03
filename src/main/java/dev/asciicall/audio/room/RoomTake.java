package dev.asciicall.audio.room;

/**
 * One recording in the simulated room, sample by sample at 48 kHz (-1 to 1), all the same length.
 *
 * @param played what the app handed the speakers: the echo canceller's reference
 * @param captured what the microphone heard: echo, near-end speech and noise
 * @param nearEnd the near-end speech alone as it reached the microphone (the clean reference)
 * @param noise the noise alone as it reached the microphone
 * @param changeSample where the echo path changed (the delay jumped), or -1
 */
public record RoomTake(
    double[] played, double[] captured, double[] nearEnd, double[] noise, int changeSample) {

  public int length() {
    return captured.length;
  }
}
