package dev.asciicall.audio;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The body of the {@code audio-capture} thread: reads 20 ms frames from the current source, turns
 * them into packets and drops them into the outbox. Switches sources when asked (from any thread)
 * and survives a source that cannot open or dies: it reports the problem and idles until another
 * source is picked.
 */
final class MicrophoneLoop implements Runnable {

  private final AudioSender sender;
  private final VoiceProcessing processing;
  private final Consumer<AudioPacket> outbox;
  private final LongSupplier clock;
  private final FramePacer pacer;
  private final short[] frame = new short[AudioFormats.FRAME_SAMPLES];
  private final DeviceSlot<AudioSource> source;
  private volatile boolean running = true;

  MicrophoneLoop(
      AudioSender sender,
      VoiceProcessing processing,
      Consumer<AudioPacket> outbox,
      LongSupplier clock,
      Consumer<AudioEvent> events) {
    this.sender = sender;
    this.processing = processing;
    this.outbox = outbox;
    this.clock = clock;
    this.source = new DeviceSlot<>(AudioEvent.Direction.INPUT, events);
    this.pacer = new FramePacer(clock);
  }

  /** Any thread: the loop picks the new source up within one frame. */
  void use(AudioSource source) {
    this.source.request(source);
  }

  void stop() {
    running = false;
  }

  @Override
  public void run() {
    try {
      processing.prepare();
      while (running && !Thread.currentThread().isInterrupted()) {
        // A new source starts a fresh frame clock once it is open.
        if (source.switchIfRequested() && source.current() != null) {
          pacer.reset();
        }
        AudioSource current = source.current();
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
          source.fail(e.getMessage());
          continue;
        } catch (RuntimeException e) {
          source.fail(current.name() + " stopped working: " + e.getMessage());
          continue;
        }
        send(sender.process(frame, clock.getAsLong()));
      }
    } finally {
      processing.close();
      source.close();
    }
  }

  private void send(AudioPacket packet) {
    if (packet != null) {
      outbox.accept(packet);
    }
  }
}
