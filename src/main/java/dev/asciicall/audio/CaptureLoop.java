package dev.asciicall.audio;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The body of the {@code audio-capture} thread: reads 20 ms frames from the current source, turns
 * them into packets and drops them into the outbox. Switches sources when asked (from any thread)
 * and survives a source that cannot open or dies: it reports the problem and idles until another
 * source is picked.
 */
final class CaptureLoop implements Runnable {

  private final AudioSender sender;
  private final Consumer<AudioPacket> outbox;
  private final LongSupplier clock;
  private final Consumer<AudioEvent> events;
  private final FramePacer pacer;
  private final short[] frame = new short[AudioFormats.FRAME_SAMPLES];
  private final AtomicReference<AudioSource> requested = new AtomicReference<>();
  private volatile boolean running = true;
  private AudioSource current;

  CaptureLoop(
      AudioSender sender,
      Consumer<AudioPacket> outbox,
      LongSupplier clock,
      Consumer<AudioEvent> events) {
    this.sender = sender;
    this.outbox = outbox;
    this.clock = clock;
    this.events = events;
    this.pacer = new FramePacer(clock);
  }

  /** Any thread: the loop picks the new source up within one frame. */
  void use(AudioSource source) {
    requested.set(source);
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
        if (current == null) {
          // No microphone: the others see me as muted rather than wondering why it is quiet.
          send(sender.withoutSound(clock.getAsLong()));
          continue;
        }
        try {
          current.read(frame);
        } catch (AudioDeviceException e) {
          fail(e.getMessage());
          continue;
        } catch (RuntimeException e) {
          fail(current.name() + " stopped working: " + e.getMessage());
          continue;
        }
        send(sender.process(frame, clock.getAsLong()));
      }
    } finally {
      closeCurrent();
    }
  }

  private void send(AudioPacket packet) {
    if (packet != null) {
      outbox.accept(packet);
    }
  }

  private void switchIfRequested() {
    AudioSource wanted = requested.get();
    if (wanted == current) {
      return;
    }
    closeCurrent();
    current = wanted;
    if (current == null) {
      return;
    }
    try {
      current.open();
      pacer.reset();
      events.accept(new AudioEvent.DeviceStarted(AudioEvent.Direction.INPUT, current.name()));
    } catch (AudioDeviceException e) {
      fail(e.getMessage());
    } catch (RuntimeException e) {
      fail(current.name() + " cannot be opened: " + e.getMessage());
    }
  }

  private void fail(String message) {
    events.accept(new AudioEvent.DeviceProblem(AudioEvent.Direction.INPUT, message));
    // Forget the broken source unless someone picked another one meanwhile.
    requested.compareAndSet(current, null);
    closeCurrent();
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
