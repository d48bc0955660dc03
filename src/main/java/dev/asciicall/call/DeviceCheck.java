package dev.asciicall.call;

import dev.asciicall.audio.AudioDeviceException;
import dev.asciicall.audio.AudioFormats;
import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.DeviceClocked;
import dev.asciicall.audio.Loudness;
import dev.asciicall.common.Threads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Tries the chosen devices before a call: a live level of the microphone, and a short chime on the
 * speakers. Front ends use it in their lobby and stop the microphone check before a call opens the
 * same device.
 *
 * <p>Threads: the microphone is read on {@code microphone-check-N}, the chime is played on {@code
 * speaker-check-N}; listeners are told there and must hop to their own thread. Public methods may
 * be called from any thread and return at once, except {@link #close()}.
 */
public final class DeviceCheck implements AutoCloseable {

  /** The chime: two short notes, a fifth apart, with soft edges so they do not click. */
  static final double[][] NOTES = {{660, 0.22}, {990, 0.34}};

  static final double AMPLITUDE = 0.25;

  /** Frames per level reported: a meter moving 16 times a second looks live and costs little. */
  static final int LEVEL_FRAMES = 3;

  private static final int FADE_SAMPLES = AudioFormats.SAMPLE_RATE / 100;
  // Silence after the chime, so a device that buffers plays it out before it is closed.
  private static final int TAIL_FRAMES = 10;

  private final AudioEndpoints endpoints;
  private final ExecutorService microphoneThread;
  private final ExecutorService speakerThread;
  // A newer watch or a stop makes the running microphone loop end at its next frame.
  private final AtomicInteger watch = new AtomicInteger();

  public DeviceCheck(
      AudioEndpoints endpoints, ExecutorService microphoneThread, ExecutorService speakerThread) {
    this.endpoints = endpoints;
    this.microphoneThread = microphoneThread;
    this.speakerThread = speakerThread;
  }

  /** A check on its own two threads, stopped by {@link #close()}. */
  public static DeviceCheck withOwnThreads(AudioEndpoints endpoints) {
    return new DeviceCheck(
        endpoints, Threads.single("microphone-check"), Threads.single("speaker-check"));
  }

  /**
   * Reads the chosen microphone until {@link #stopMicrophone()} or the next watch: its level (the
   * loudest RMS of every {@link #LEVEL_FRAMES} frames of 20 ms, 0 to 1), or one line saying why it
   * cannot be read.
   */
  public void watchMicrophone(DoubleConsumer level, Consumer<String> problem) {
    int mine = watch.incrementAndGet();
    microphoneThread.execute(() -> readMicrophone(mine, level, problem));
  }

  /** Stops reading the microphone (a call is about to use it). */
  public void stopMicrophone() {
    watch.incrementAndGet();
  }

  private void readMicrophone(int mine, DoubleConsumer level, Consumer<String> problem) {
    if (watch.get() != mine) {
      return;
    }
    AudioSource source = endpoints.microphone();
    if (source == null) {
      problem.accept("No microphone");
      return;
    }
    try {
      source.open();
      short[] frame = new short[AudioFormats.FRAME_SAMPLES];
      boolean clocked = source instanceof DeviceClocked;
      long due = System.nanoTime();
      double loudest = 0;
      int frames = 0;
      while (watch.get() == mine && !Thread.currentThread().isInterrupted()) {
        source.read(frame);
        loudest = Math.max(loudest, Loudness.rms(frame));
        if (++frames == LEVEL_FRAMES) {
          level.accept(loudest);
          loudest = 0;
          frames = 0;
        }
        if (!clocked) {
          due += AudioFormats.FRAME_NANOS;
          LockSupport.parkNanos(due - System.nanoTime());
        }
      }
      level.accept(0);
    } catch (AudioDeviceException e) {
      problem.accept(e.getMessage());
    } finally {
      source.close();
    }
  }

  /**
   * Plays the chime on the chosen speakers. Completes on the speaker thread: empty when it played,
   * else one line saying why not.
   */
  public CompletableFuture<Optional<String>> playTestSound() {
    return CompletableFuture.supplyAsync(this::playChime, speakerThread);
  }

  private Optional<String> playChime() {
    AudioSink sink = endpoints.speakers();
    if (sink == null) {
      return Optional.of("No speakers");
    }
    try {
      sink.open();
      boolean clocked = sink instanceof DeviceClocked;
      long due = System.nanoTime();
      List<short[]> frames = chime();
      for (int i = 0; i < TAIL_FRAMES; i++) {
        frames.add(new short[AudioFormats.FRAME_SAMPLES]);
      }
      for (short[] frame : frames) {
        sink.write(frame);
        if (!clocked) {
          due += AudioFormats.FRAME_NANOS;
          LockSupport.parkNanos(due - System.nanoTime());
        }
      }
      return Optional.empty();
    } catch (AudioDeviceException e) {
      return Optional.of(e.getMessage());
    } finally {
      sink.close();
    }
  }

  /** The chime as 20 ms frames, each note faded in and out. */
  static List<short[]> chime() {
    List<Short> samples = new ArrayList<>();
    for (double[] note : NOTES) {
      int length = (int) (note[1] * AudioFormats.SAMPLE_RATE);
      for (int i = 0; i < length; i++) {
        double edge = Math.min(1, Math.min(i, length - 1 - i) / (double) FADE_SAMPLES);
        double value = Math.sin(2 * Math.PI * note[0] * i / AudioFormats.SAMPLE_RATE);
        samples.add((short) Math.round(value * edge * AMPLITUDE * 32767));
      }
    }
    List<short[]> frames = new ArrayList<>();
    for (int start = 0; start < samples.size(); start += AudioFormats.FRAME_SAMPLES) {
      short[] frame = new short[AudioFormats.FRAME_SAMPLES];
      for (int i = 0; i < frame.length && start + i < samples.size(); i++) {
        frame[i] = samples.get(start + i);
      }
      frames.add(frame);
    }
    return frames;
  }

  @Override
  public void close() {
    stopMicrophone();
    Threads.shutdown(microphoneThread, 500);
    Threads.shutdown(speakerThread, 500);
  }
}
