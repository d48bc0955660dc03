package dev.asciicall.audio;

import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processing of my voice inside an {@link AudioService}: which stages run (changeable at any
 * time, from the next frame on), the far-end frames handed over from playback, and what happens
 * when the processing library cannot load here: the voice goes out unprocessed and a {@link
 * AudioEvent.ProcessingUnavailable} says so once.
 *
 * <p>Threads: {@link #use} from any thread; {@link #farEndPlayed} on {@code audio-playback}; {@link
 * #prepare}, {@link #process} and {@link #close} on {@code audio-capture}.
 */
public final class VoiceProcessing implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(VoiceProcessing.class);

  /** Makes a processor; the seam where tests put a library that fails to load. */
  @FunctionalInterface
  public interface Factory {
    VoiceProcessor create(ProcessingSettings settings) throws ProcessingUnavailableException;
  }

  /** WebRTC's audio processing module. */
  public static final Factory WEBRTC = WebRtcVoiceProcessor::new;

  private final Factory factory;
  private final Consumer<AudioEvent> events;
  private final FarEndQueue farEnd = new FarEndQueue();
  private final short[] played = new short[AudioFormats.FRAME_SAMPLES];
  private volatile ProcessingSettings requested;
  private volatile boolean restartRequested;

  // Written on the capture thread only; unavailable is read by any.
  private ProcessingSettings applied = ProcessingSettings.NONE;
  private VoiceProcessor processor;
  private volatile String unavailable;

  public VoiceProcessing(
      ProcessingSettings settings, Factory factory, Consumer<AudioEvent> events) {
    this.requested = settings;
    this.factory = factory;
    this.events = events;
  }

  /** Nothing runs and nothing is loaded (tone and file sources, tests, benchmarks). */
  public static VoiceProcessing none() {
    return new VoiceProcessing(ProcessingSettings.NONE, WEBRTC, event -> {});
  }

  /**
   * Tries the library once (loading it the first time in a process, which takes a moment: call it
   * off the UI thread).
   *
   * @return why processing cannot run here, or empty when it can
   */
  public static Optional<String> probe(Factory factory) {
    try {
      factory.create(ProcessingSettings.ALL).close();
      return Optional.empty();
    } catch (ProcessingUnavailableException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Runs these stages from the next frame on. Any thread. */
  public void use(ProcessingSettings settings) {
    requested = settings;
  }

  /**
   * The microphone or the speakers changed, and with them the echo path and its delay: the echo
   * canceller starts afresh from the next frame. A fresh AEC3 finds the delay within the first half
   * second, faster than it re-converges after a jump. Any thread.
   */
  public void restart() {
    restartRequested = true;
  }

  /** The stages asked for (they may not run: see {@link #unavailable()}). */
  public ProcessingSettings settings() {
    return requested;
  }

  /** Why processing does not run although asked for, once that is known; empty otherwise. */
  public Optional<String> unavailable() {
    return Optional.ofNullable(unavailable);
  }

  /** Playback thread: a frame just handed to the speakers. Never blocks on capture. */
  public void farEndPlayed(short[] frame) {
    if (requested.has(ProcessingStage.ECHO)) {
      farEnd.offer(frame);
    }
  }

  /** Capture thread, before the first frame: loads the library now rather than mid-speech. */
  public void prepare() {
    applyRequested();
  }

  /** Capture thread: processes one captured frame in place (untouched when nothing runs). */
  public void process(short[] frame) {
    applyRequested();
    if (processor == null) {
      farEnd.clear();
      return;
    }
    while (farEnd.poll(played)) {
      processor.played(played);
    }
    processor.process(frame);
  }

  private void applyRequested() {
    if (restartRequested) {
      restartRequested = false;
      closeProcessor();
      applied = ProcessingSettings.NONE;
    }
    ProcessingSettings wanted = requested;
    if (wanted.equals(applied)) {
      return;
    }
    applied = wanted;
    if (wanted.isNone()) {
      closeProcessor();
    } else if (processor != null) {
      processor.configure(wanted);
    } else if (unavailable == null) {
      try {
        processor = factory.create(wanted);
        farEnd.clear();
      } catch (ProcessingUnavailableException e) {
        unavailable = e.getMessage();
        LOG.warn("Voice processing unavailable: {}", e.getMessage());
        events.accept(new AudioEvent.ProcessingUnavailable(e.getMessage()));
      }
    }
  }

  private void closeProcessor() {
    if (processor != null) {
      processor.close();
      processor = null;
    }
  }

  /** Capture thread (or after it stopped): frees the native state. */
  @Override
  public void close() {
    closeProcessor();
    applied = ProcessingSettings.NONE;
  }
}
