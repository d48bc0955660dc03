package dev.asciicall.audio;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The body of the {@code audio-playback} thread: every 20 ms, mixes the next frame of all senders
 * and plays it. Without speakers (none, missing, failed) it keeps mixing on its own clock and
 * discards the sound, so jitter buffers keep draining, statistics and speaking indicators keep
 * working, and a speaker picked later starts in step.
 */
final class PlaybackLoop implements Runnable {

  private final AudioReceiver receiver;
  private final EchoGate echoGate;
  private final LongSupplier clock;
  private final Consumer<AudioEvent> events;
  private final FramePacer pacer;
  private final short[] frame = new short[AudioFormats.FRAME_SAMPLES];
  private final AtomicReference<AudioSink> requested = new AtomicReference<>();
  private volatile boolean running = true;
  private AudioSink current;

  PlaybackLoop(
      AudioReceiver receiver, EchoGate echoGate, LongSupplier clock, Consumer<AudioEvent> events) {
    this.receiver = receiver;
    this.echoGate = echoGate;
    this.clock = clock;
    this.events = events;
    this.pacer = new FramePacer(clock);
  }

  /** Any thread: the loop picks the new sink up within one frame. */
  void use(AudioSink sink) {
    requested.set(sink);
  }

  void stop() {
    running = false;
  }

  @Override
  public void run() {
    try {
      while (running && !Thread.currentThread().isInterrupted()) {
        switchIfRequested();
        if (current == null || !(current instanceof DeviceClocked)) {
          pacer.awaitNextFrame();
        }
        long now = clock.getAsLong();
        double level = receiver.mixNext(frame, now);
        if (current == null) {
          continue;
        }
        try {
          current.write(frame);
          echoGate.farEndPlayed(level, now);
        } catch (AudioDeviceException e) {
          fail(e.getMessage());
        } catch (RuntimeException e) {
          fail(current.name() + " stopped working: " + e.getMessage());
        }
      }
    } finally {
      closeCurrent();
    }
  }

  private void switchIfRequested() {
    AudioSink wanted = requested.get();
    if (wanted == current) {
      return;
    }
    closeCurrent();
    current = wanted;
    pacer.reset();
    if (current == null) {
      return;
    }
    try {
      current.open();
      events.accept(new AudioEvent.DeviceStarted(AudioEvent.Direction.OUTPUT, current.name()));
    } catch (AudioDeviceException e) {
      fail(e.getMessage());
    } catch (RuntimeException e) {
      fail(current.name() + " cannot be opened: " + e.getMessage());
    }
  }

  private void fail(String message) {
    events.accept(new AudioEvent.DeviceProblem(AudioEvent.Direction.OUTPUT, message));
    requested.compareAndSet(current, null);
    closeCurrent();
    pacer.reset();
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (RuntimeException e) {
        // Closing a dead device may throw; it is gone either way.
      }
      current = null;
    }
  }
}
