package dev.asciicall.audio;

import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audio for one participant in a call: captures my voice and hands packets to the call layer, takes
 * the others' packets and plays their mix.
 *
 * <p>Three named threads, none shared with video or the UI: {@code audio-capture} (source → voice
 * processing → Opus → outbox), {@code audio-send} (outbox → the {@code outgoing} consumer, so a
 * slow network never stalls capture; the outbox holds 8 packets and drops the oldest), and {@code
 * audio-playback} (jitter buffers → decoders → mixer → sink, once per 20 ms). {@link #receive} may
 * be called from any thread.
 *
 * <p>A missing, busy or failing device never ends the call: the service reports a {@link
 * AudioEvent.DeviceProblem} and carries on without that side; another device can be picked at any
 * time with {@link #useSource} or {@link #useSink}.
 */
public final class AudioService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AudioService.class);
  private static final int OUTBOX_PACKETS = 8;

  private final Consumer<AudioPacket> outgoing;
  private final LongSupplier clock;
  private final List<Consumer<AudioEvent>> listeners = new CopyOnWriteArrayList<>();
  private final VoiceProcessing processing;
  private final AudioSender sender;
  private final AudioReceiver receiver;
  private final BlockingQueue<AudioPacket> outbox = new ArrayBlockingQueue<>(OUTBOX_PACKETS);
  private final MicrophoneLoop microphoneLoop;
  private final PlaybackLoop playbackLoop;

  private ExecutorService captureThread;
  private ExecutorService sendThread;
  private ExecutorService playbackThread;

  /**
   * @param selfId my participant id; packets carrying it are never played back to me
   * @param outgoing receives every packet to send, on the {@code audio-send} thread
   */
  public AudioService(String selfId, Consumer<AudioPacket> outgoing) {
    this(selfId, outgoing, System::nanoTime, VoiceProcessing.WEBRTC);
  }

  /**
   * @param processors makes the voice processor when {@link #useProcessing} asks for one (tests
   *     pass a library that fails to load)
   */
  public AudioService(
      String selfId, Consumer<AudioPacket> outgoing, VoiceProcessing.Factory processors) {
    this(selfId, outgoing, System::nanoTime, processors);
  }

  AudioService(
      String selfId,
      Consumer<AudioPacket> outgoing,
      LongSupplier clock,
      VoiceProcessing.Factory processors) {
    this.outgoing = outgoing;
    this.clock = clock;
    this.processing = new VoiceProcessing(ProcessingSettings.NONE, processors, this::publish);
    this.sender = new AudioSender(selfId, new OpusFrameEncoder(), processing, this::publish);
    this.receiver = new AudioReceiver(selfId, this::publish);
    this.microphoneLoop =
        new MicrophoneLoop(sender, processing, this::enqueue, clock, this::publish);
    this.playbackLoop = new PlaybackLoop(receiver, processing, clock, this::publish);
  }

  /**
   * Starts the audio threads. Either device may be null for "none" (video-only on that side);
   * devices that fail to open are reported as events and the call goes on.
   */
  public synchronized void start(AudioSource source, AudioSink sink) {
    if (captureThread != null) {
      throw new IllegalStateException("audio already started");
    }
    microphoneLoop.use(source);
    playbackLoop.use(sink);
    captureThread = Threads.single("audio-capture");
    sendThread = Threads.single("audio-send");
    playbackThread = Threads.single("audio-playback");
    captureThread.execute(microphoneLoop);
    sendThread.execute(this::sendLoop);
    playbackThread.execute(playbackLoop);
  }

  /** Switches the microphone (null for none) without interrupting the call. Any thread. */
  public void useSource(AudioSource source) {
    microphoneLoop.use(source);
    processing.restart();
  }

  /** Switches the speakers (null for none) without interrupting the call. Any thread. */
  public void useSink(AudioSink sink) {
    playbackLoop.use(sink);
    processing.restart();
  }

  /** Takes a packet from another participant. Any thread; never blocks. */
  public void receive(AudioPacket packet) {
    receiver.receive(packet, clock.getAsLong());
  }

  /**
   * Which voice processing runs on my microphone (none until this is called: tones and files need
   * none). From the next 20 ms frame on. Any thread.
   */
  public void useProcessing(ProcessingSettings settings) {
    processing.use(settings);
  }

  public ProcessingSettings processingSettings() {
    return processing.settings();
  }

  /**
   * Stops sending my voice at once: no frame captured from now on is encoded, and packets of mine
   * still waiting in the outbox are dropped, so nothing said before the click leaks out after it.
   * The others see me as muted. Any thread.
   */
  public void mute() {
    sender.mute();
  }

  public void unmute() {
    sender.unmute();
  }

  public boolean isMuted() {
    return sender.isMuted();
  }

  /** How loud a participant is played for me: 0 silent, 1 as sent, up to 4. Any thread. */
  public void setVolume(String participantId, double gain) {
    receiver.setVolume(participantId, gain);
  }

  public double volume(String participantId) {
    return receiver.volume(participantId);
  }

  /** Whether a participant has said they are muted. */
  public boolean isParticipantMuted(String participantId) {
    return receiver.isMuted(participantId);
  }

  /** Drops a participant who left. Any thread. */
  public void forgetParticipant(String participantId) {
    receiver.forget(participantId);
  }

  /** Adds a listener for levels, speaking, mute and device events (called on audio threads). */
  public Subscription addListener(Consumer<AudioEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Counters for {@code --stats-json} and the UI. Any thread. */
  public AudioStats stats() {
    return AudioStats.of(sender, receiver, clock.getAsLong());
  }

  /** Installs a playout observer (benchmarks). */
  public void observePlayout(PlayoutObserver observer) {
    receiver.observePlayout(observer);
  }

  /** Stops the threads and closes the devices; waits up to a second. Safe to call twice. */
  @Override
  public synchronized void close() {
    microphoneLoop.stop();
    playbackLoop.stop();
    for (ExecutorService thread :
        new ExecutorService[] {captureThread, sendThread, playbackThread}) {
      if (thread != null && !Threads.shutdown(thread, 1000)) {
        LOG.warn("An audio thread did not stop within a second");
      }
    }
  }

  /** Capture thread: never blocks; a full outbox loses its oldest packet. */
  private void enqueue(AudioPacket packet) {
    while (!outbox.offer(packet)) {
      outbox.poll();
    }
  }

  private void sendLoop() {
    while (!Thread.currentThread().isInterrupted()) {
      AudioPacket packet;
      try {
        packet = outbox.take();
      } catch (InterruptedException e) {
        return;
      }
      if (packet.hasSound() && sender.isMuted()) {
        // Captured just before mute was pressed: once muted, no sound of mine goes out.
        continue;
      }
      try {
        outgoing.accept(packet);
      } catch (RuntimeException e) {
        // A transport hiccup loses one packet, never the audio thread.
        LOG.debug("Sending an audio packet failed", e);
      }
    }
  }

  private void publish(AudioEvent event) {
    for (Consumer<AudioEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("Audio listener failed on {}", event, e);
      }
    }
  }
}
