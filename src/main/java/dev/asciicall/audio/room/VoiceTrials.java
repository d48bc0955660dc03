package dev.asciicall.audio.room;

import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.audio.ProcessingStage;
import dev.asciicall.audio.ProcessingUnavailableException;
import dev.asciicall.audio.VoiceProcessing;
import dev.asciicall.audio.VoiceProcessor;
import java.util.Arrays;

/**
 * The measurements issue 21 asks for, on the simulated room, for any processor: echo return loss
 * enhancement, double talk, re-convergence after a delay change, noise suppression, and the cost
 * per 20 ms frame. Each trial gets a fresh processor running only the stage it measures (echo
 * cancellation for the echo trials, noise suppression for the noise trial), so one stage's effect
 * is not credited to another; the cost is measured with every stage on.
 */
public final class VoiceTrials {

  /** Length of the echo and delay takes. */
  public static final double TAKE_SECONDS = 16;

  /** ERLE is measured from here (after convergence) until the near end joins. */
  public static final double CONVERGED_AFTER_SECONDS = 2;

  /** The near end starts talking over the far end here. */
  public static final double DOUBLE_TALK_FROM_SECONDS = 9;

  /** The device delay jumps here in the delay trial. */
  public static final double DELAY_CHANGE_AT_SECONDS = 8;

  /** A 500 ms window counts as converged at this ERLE. */
  public static final double RECONVERGED_DECIBELS = 20;

  /** Longest processing lag searched for when correlating with the clean near end (30 ms). */
  private static final int MAX_LAG = SimulatedRoom.RATE * 30 / 1000;

  private final SimulatedRoom room;

  public VoiceTrials(SimulatedRoom room) {
    this.room = room;
  }

  /**
   * @param erleDecibels over the far-end-only stretch after convergence
   * @param doubleTalkCorrelation of the processed signal with the clean near end while both talk
   * @param doubleTalkLagMillis the processing lag at which that correlation was found
   * @param doubleTalkLevelDecibels how loud the near end came through while both talked (0: as loud
   *     as it was said)
   */
  public record EchoFigures(
      int delayMillis,
      double erleDecibels,
      double doubleTalkCorrelation,
      double doubleTalkLagMillis,
      double doubleTalkLevelDecibels) {}

  /**
   * @param erleBeforeDecibels converged, before the change
   * @param reconvergenceSeconds from the change until every 500 ms window is back at {@link
   *     #RECONVERGED_DECIBELS} or better, or at most {@link VoiceMetrics#STEADY_TOLERANCE_DECIBELS}
   *     below what the same canceller does there when the delay never changed (infinite if never)
   * @param strictReconvergenceSeconds the same without the never-changed comparison: every window
   *     at {@link #RECONVERGED_DECIBELS}
   * @param steadyStrictSeconds that strict figure for the never-changed take itself: how much of
   *     the strict figure is the canceller's own dips rather than the change
   * @param erleFirstTwoSecondsDecibels over the 2 s right after the change: how much echo leaks
   *     while it re-converges
   * @param erleAfterDecibels from 2 s after the change to the end of the take
   */
  public record DelayFigures(
      int beforeMillis,
      int afterMillis,
      double erleBeforeDecibels,
      double reconvergenceSeconds,
      double strictReconvergenceSeconds,
      double steadyStrictSeconds,
      double erleFirstTwoSecondsDecibels,
      double erleAfterDecibels) {}

  /**
   * @param snrInDecibels speech over fan noise at the microphone
   * @param snrOutDecibels the same after processing
   * @param speechLevelDecibels how much louder (or quieter, negative) speech frames came out
   */
  public record NoiseFigures(
      double snrInDecibels, double snrOutDecibels, double speechLevelDecibels) {
    public double improvementDecibels() {
      return snrOutDecibels - snrInDecibels;
    }
  }

  /**
   * Medians over every frame of a take, in ms per 20 ms frame, and the 99th percentile of the CPU
   * time (the frames on which the echo delay is re-estimated cost more than the median one).
   */
  public record Cost(int frames, double wallMillis, double cpuMillis, double cpuP99Millis) {}

  public EchoFigures echo(VoiceProcessing.Factory processors, int delayMillis)
      throws ProcessingUnavailableException {
    RoomTake take = room.echoAndDoubleTalk(delayMillis, TAKE_SECONDS, DOUBLE_TALK_FROM_SECONDS);
    double[] out = run(processors, ProcessingSettings.of(ProcessingStage.ECHO), take).output();
    int converged = seconds(CONVERGED_AFTER_SECONDS);
    int doubleTalk = seconds(DOUBLE_TALK_FROM_SECONDS);
    VoiceMetrics.Correlation correlation =
        VoiceMetrics.correlation(take.nearEnd(), out, doubleTalk, take.length() - MAX_LAG, MAX_LAG);
    return new EchoFigures(
        delayMillis,
        VoiceMetrics.erle(take.captured(), out, converged, doubleTalk),
        correlation.value(),
        correlation.lagMillis(),
        correlation.levelDecibels());
  }

  public DelayFigures delayChange(
      VoiceProcessing.Factory processors, int beforeMillis, int afterMillis)
      throws ProcessingUnavailableException {
    RoomTake take =
        room.delayChange(beforeMillis, afterMillis, TAKE_SECONDS, DELAY_CHANGE_AT_SECONDS);
    double[] out = run(processors, ProcessingSettings.of(ProcessingStage.ECHO), take).output();
    // The same capture after the change, from a take whose delay was the new one all along.
    RoomTake settledTake =
        room.delayChange(afterMillis, afterMillis, TAKE_SECONDS, DELAY_CHANGE_AT_SECONDS);
    double[] settled =
        run(processors, ProcessingSettings.of(ProcessingStage.ECHO), settledTake).output();
    int change = take.changeSample();
    int end = take.length();
    return new DelayFigures(
        beforeMillis,
        afterMillis,
        VoiceMetrics.erle(take.captured(), out, seconds(CONVERGED_AFTER_SECONDS), change),
        VoiceMetrics.reconvergenceSeconds(
            take.captured(), out, settled, change, end, RECONVERGED_DECIBELS),
        VoiceMetrics.reconvergenceSeconds(take.captured(), out, change, end, RECONVERGED_DECIBELS),
        VoiceMetrics.reconvergenceSeconds(
            settledTake.captured(), settled, change, end, RECONVERGED_DECIBELS),
        VoiceMetrics.erle(take.captured(), out, change, change + seconds(2)),
        VoiceMetrics.erle(take.captured(), out, change + seconds(2), end));
  }

  public NoiseFigures noise(VoiceProcessing.Factory processors, double snrDecibels)
      throws ProcessingUnavailableException {
    RoomTake take = room.noisyTalk(snrDecibels, TAKE_SECONDS);
    double[] out = run(processors, ProcessingSettings.of(ProcessingStage.NOISE), take).output();
    // The first two seconds are the suppressor learning the noise.
    int from = seconds(2);
    double[] captured = Arrays.copyOfRange(take.captured(), from, take.length());
    double[] processed = Arrays.copyOfRange(out, from, take.length());
    double[] near = Arrays.copyOfRange(take.nearEnd(), from, take.length());
    boolean[] active = VoiceMetrics.activeFrames(near);
    double speechOut =
        VoiceMetrics.activePower(processed, active) - VoiceMetrics.pausePower(processed, active);
    return new NoiseFigures(
        VoiceMetrics.snr(captured, active),
        VoiceMetrics.snr(processed, active),
        VoiceMetrics.decibels(speechOut / VoiceMetrics.activePower(near, active)));
  }

  /** Every stage on, over the double-talk take: the cost per 20 ms frame in a call. */
  public Cost cost(VoiceProcessing.Factory processors) throws ProcessingUnavailableException {
    RoomTake take = room.echoAndDoubleTalk(80, TAKE_SECONDS, DOUBLE_TALK_FROM_SECONDS);
    RoomRun run = run(processors, ProcessingSettings.ALL, take);
    return new Cost(
        run.frameNanos().length,
        percentile(run.frameNanos(), 0.5) / 1e6,
        percentile(run.frameCpuNanos(), 0.5) / 1e6,
        percentile(run.frameCpuNanos(), 0.99) / 1e6);
  }

  private static RoomRun run(
      VoiceProcessing.Factory processors, ProcessingSettings settings, RoomTake take)
      throws ProcessingUnavailableException {
    try (VoiceProcessor processor = processors.create(settings)) {
      return RoomRun.of(processor, take);
    }
  }

  private static int seconds(double seconds) {
    return (int) (seconds * SimulatedRoom.RATE);
  }

  private static double percentile(long[] values, double fraction) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, sorted.length * fraction)];
  }
}
