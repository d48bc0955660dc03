package dev.asciicall.audio;

import dev.onvoid.webrtc.media.audio.AudioProcessing;
import dev.onvoid.webrtc.media.audio.AudioProcessingConfig;
import dev.onvoid.webrtc.media.audio.AudioProcessingStreamConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Voice processing by WebRTC's audio processing module (AEC3 echo canceller, noise suppressor, AGC2
 * adaptive digital gain with its limiter, high-pass filter) through webrtc-java's JNI binding: the
 * same code browsers and the strongest voice-chat peers run. The module works on 10 ms chunks, so
 * each 20 ms frame goes through in two halves. AEC3 finds the delay between playback and capture by
 * itself; when that delay jumps mid-call, {@link EchoDelayTracker} sees it sooner and the far end
 * is handed to AEC3 held back by the jump, so the delay AEC3 sees, and what it learnt, stay valid.
 * The processed capture comes out about 9 ms later than it went in (measured by {@code bench
 * voice}), which is part of the module's design.
 *
 * <p>The only class that touches {@code dev.onvoid.webrtc}. Capture thread only.
 */
final class WebRtcVoiceProcessor implements VoiceProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(WebRtcVoiceProcessor.class);
  private static final int CHUNK_SAMPLES = AudioFormats.SAMPLE_RATE / 100;

  private final AudioProcessing module;
  private final AudioProcessingStreamConfig stream =
      new AudioProcessingStreamConfig(AudioFormats.SAMPLE_RATE, 1);
  private final byte[] input = new byte[CHUNK_SAMPLES * 2];
  private final byte[] output = new byte[CHUNK_SAMPLES * 2];
  private final short[] chunk = new short[CHUNK_SAMPLES];
  private boolean errorLogged;

  // The far end as played, kept so the reference can be held back when the delay jumps.
  private final EchoDelayTracker delays = new EchoDelayTracker();
  private final short[] history =
      new short[EchoDelayTracker.MAX_SHIFT_SAMPLES + AudioFormats.FRAME_SAMPLES];
  private long playedCount;
  private boolean echo;

  /**
   * Loads the native library (the first time in a process: unpacks and links it, ~0.1–0.5 s).
   *
   * @throws ProcessingUnavailableException when the library is missing or cannot be linked here
   */
  WebRtcVoiceProcessor(ProcessingSettings settings) throws ProcessingUnavailableException {
    try {
      module = new AudioProcessing();
    } catch (LinkageError | RuntimeException e) {
      throw new ProcessingUnavailableException(reason(e), e);
    }
    configure(settings);
  }

  /** One line on why the library did not load, e.g. "libpulse.so.0: cannot open shared …". */
  static String reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof NoClassDefFoundError) {
        return "the WebRTC library failed to load earlier in this run";
      }
      if (cause instanceof NullPointerException) {
        // webrtc-java found no native library for this system on the class path.
        return "no native WebRTC library for "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + " in this installation";
      }
      if (cause instanceof UnsatisfiedLinkError && cause.getMessage() != null) {
        // "/tmp/webrtc-java-….so: libpulse.so.0: cannot open shared object file: …": the part
        // after the unpacked file's own path names what is missing.
        String message = cause.getMessage();
        int colon = message.indexOf(": ");
        return colon >= 0 && message.startsWith("/") ? message.substring(colon + 2) : message;
      }
      if (cause.getCause() == null || cause.getCause() == cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
      }
    }
    return failure.toString();
  }

  @Override
  public void configure(ProcessingSettings settings) {
    AudioProcessingConfig config = new AudioProcessingConfig();
    boolean any = !settings.isNone();
    config.highPassFilter.enabled = any;
    echo = settings.has(ProcessingStage.ECHO);
    config.echoCanceller.enabled = echo;
    config.echoCanceller.enforceHighPassFiltering = true;
    config.noiseSuppression.enabled = settings.has(ProcessingStage.NOISE);
    config.noiseSuppression.level = AudioProcessingConfig.NoiseSuppression.Level.HIGH;
    config.gainControl.enabled = settings.has(ProcessingStage.GAIN);
    config.gainControl.adaptiveDigital.enabled = settings.has(ProcessingStage.GAIN);
    module.applyConfig(config);
  }

  @Override
  public void played(short[] frame) {
    long start = playedCount;
    for (short sample : frame) {
      history[(int) (playedCount++ % history.length)] = sample;
    }
    if (echo) {
      delays.played(frame);
    }
    long from = start - delays.shiftSamples();
    for (int offset = 0; offset < frame.length; offset += CHUNK_SAMPLES) {
      for (int i = 0; i < CHUNK_SAMPLES; i++) {
        long index = from + offset + i;
        chunk[i] = index < 0 ? 0 : history[(int) (index % history.length)];
      }
      AudioFormats.toBytes(chunk, input, CHUNK_SAMPLES);
      check(module.processReverseStream(input, stream, stream, output));
    }
  }

  @Override
  public void process(short[] frame) {
    if (echo) {
      delays.captured(frame);
    }
    for (int offset = 0; offset < frame.length; offset += CHUNK_SAMPLES) {
      System.arraycopy(frame, offset, chunk, 0, CHUNK_SAMPLES);
      AudioFormats.toBytes(chunk, input, CHUNK_SAMPLES);
      // AEC3 estimates the delay itself; the module still wants to be told one every chunk.
      module.setStreamDelayMs(0);
      // A chunk the module refused stays as captured.
      if (check(module.processStream(input, stream, stream, output))) {
        AudioFormats.toSamples(output, chunk, CHUNK_SAMPLES);
        System.arraycopy(chunk, 0, frame, offset, CHUNK_SAMPLES);
      }
    }
  }

  private boolean check(int result) {
    if (result != 0 && !errorLogged) {
      errorLogged = true;
      LOG.warn(
          "WebRTC audio processing refused a chunk (error {}); passing it unprocessed", result);
    }
    return result == 0;
  }

  @Override
  public void close() {
    module.dispose();
  }
}
