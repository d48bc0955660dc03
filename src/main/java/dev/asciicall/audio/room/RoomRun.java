package dev.asciicall.audio.room;

import dev.asciicall.audio.AudioFormats;
import dev.asciicall.audio.VoiceProcessor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Plays a take through a processor the way a call does: every 20 ms the frame handed to the
 * speakers first, then the microphone's frame, which is processed in place. Times each frame.
 *
 * @param output the processed microphone signal
 * @param frameNanos wall time of each frame's processing (far end and microphone)
 * @param frameCpuNanos CPU time of the same
 */
public record RoomRun(double[] output, long[] frameNanos, long[] frameCpuNanos) {

  public static RoomRun of(VoiceProcessor processor, RoomTake take) {
    int frameSamples = AudioFormats.FRAME_SAMPLES;
    int frames = take.length() / frameSamples;
    double[] output = new double[take.length()];
    long[] wall = new long[frames];
    long[] cpu = new long[frames];
    short[] played = new short[frameSamples];
    short[] captured = new short[frameSamples];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int f = 0; f < frames; f++) {
      int offset = f * frameSamples;
      toShorts(take.played(), offset, played);
      toShorts(take.captured(), offset, captured);
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      processor.played(played);
      processor.process(captured);
      wall[f] = System.nanoTime() - start;
      cpu[f] = threads.getCurrentThreadCpuTime() - cpuStart;
      for (int i = 0; i < frameSamples; i++) {
        output[offset + i] = captured[i] / 32768.0;
      }
    }
    return new RoomRun(output, wall, cpu);
  }

  private static void toShorts(double[] signal, int offset, short[] frame) {
    for (int i = 0; i < frame.length; i++) {
      double value = Math.round(signal[offset + i] * 32768.0);
      frame[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }
  }
}
