package dev.asciicall.audio;

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
  private final VoiceProcessing processing;
  private final LongSupplier clock;
  private final FramePacer pacer;
  private final short[] frame = new short[AudioFormats.FRAME_SAMPLES];
  private final DeviceSlot<AudioSink> sink;
  private volatile boolean running = true;

  PlaybackLoop(
      AudioReceiver receiver,
      VoiceProcessing processing,
      LongSupplier clock,
      Consumer<AudioEvent> events) {
    this.receiver = receiver;
    this.processing = processing;
    this.clock = clock;
    this.sink = new DeviceSlot<>(AudioEvent.Direction.OUTPUT, events);
    this.pacer = new FramePacer(clock);
  }

  /** Any thread: the loop picks the new sink up within one frame. */
  void use(AudioSink sink) {
    this.sink.request(sink);
  }

  void stop() {
    running = false;
  }

  @Override
  public void run() {
    try {
      while (running && !Thread.currentThread().isInterrupted()) {
        // Any change of speakers (or losing them) restarts the loop's own frame clock.
        if (sink.switchIfRequested()) {
          pacer.reset();
        }
        AudioSink current = sink.current();
        if (current == null || !(current instanceof DeviceClocked)) {
          pacer.awaitNextFrame();
        }
        long now = clock.getAsLong();
        receiver.mixNext(frame, now);
        if (current == null) {
          continue;
        }
        try {
          current.write(frame);
          // The echo canceller's reference: exactly what the speakers were given.
          processing.farEndPlayed(frame);
        } catch (AudioDeviceException e) {
          sink.fail(e.getMessage());
          pacer.reset();
        } catch (RuntimeException e) {
          sink.fail(current.name() + " stopped working: " + e.getMessage());
          pacer.reset();
        }
      }
    } finally {
      sink.close();
    }
  }
}
