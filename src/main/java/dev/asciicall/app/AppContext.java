package dev.asciicall.app;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioDevices;
import dev.asciicall.audio.VoiceProcessing;
import dev.asciicall.call.CallService;
import dev.asciicall.call.DeviceCheck;
import dev.asciicall.call.LocalVideo;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureSettings;
import dev.asciicall.capture.CaptureStatus;
import dev.asciicall.capture.SourceCatalog;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import dev.asciicall.ui.preferences.AppPreferences;
import dev.asciicall.ui.preview.PreviewSettings;
import dev.asciicall.ui.source.SourceChooser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The hand wiring of the app: which source, which settings, which threads. Made on the FX thread at
 * start, closed when the window closes (leaves the call, stops capture and releases the device).
 */
final class AppContext implements AutoCloseable, SourceChooser {

  private final SourceCatalog catalog = SourceCatalog.system();
  private final CaptureService capture = new CaptureService(catalog, CaptureSettings.defaults());
  // Camera discovery can take seconds (native library loading): never on the FX thread.
  private final ExecutorService discoveryThread = Threads.single("source-discovery");
  private final AudioDevices audioDevices = new AudioDevices();
  private final AppPreferences preferences = AppPreferences.forUser();
  // Conversion on its own thread, never the FX thread; camera off and on on another, in the order
  // the user pressed them (stopping a device waits for it to close).
  private final LocalVideo video =
      LocalVideo.withOwnThreads(capture, preferences.load().toConversionSettings());
  private final ChosenAudio chosenAudio = new ChosenAudio(audioDevices);
  private final CallService calls = new CallService(chosenAudio);
  // The lobby's microphone level and speaker test, on their own threads.
  private final DeviceCheck deviceCheck = DeviceCheck.withOwnThreads(chosenAudio);
  // Every frame I send, for the settings sheet's preview (drained only while the sheet is open).
  private final LatestSlot<AsciiFrame> sentFrames = new LatestSlot<>();
  private final Subscription captureStatus;

  /**
   * @param captureStatuses told every change of the picture source (opening, failed, back, open),
   *     on the capture thread
   */
  AppContext(Consumer<CaptureStatus> captureStatuses) {
    captureStatus = capture.addStatusListener(captureStatuses::accept);
    // What the sliders set is what the others see.
    video.addFrameListener(calls::offer);
    video.addFrameListener((frame, sequence, captureNanos) -> sentFrames.offer(frame));
  }

  /** Tries the chosen microphone and speakers before a call. */
  DeviceCheck deviceCheck() {
    return deviceCheck;
  }

  /** The newest frame I sent, for the settings sheet's live preview. */
  LatestSlot<AsciiFrame> sentFrames() {
    return sentFrames;
  }

  /** The microphone and speakers picked in the call controls, used by the call. */
  ChosenAudio chosenAudio() {
    return chosenAudio;
  }

  /** The window's call; the Call menu reaches it through the UI's call adapter. */
  CallService calls() {
    return calls;
  }

  AppPreferences preferences() {
    return preferences;
  }

  /** The user moved a slider: convert the next frame with the new settings and remember them. */
  void usePreviewSettings(PreviewSettings settings) {
    video.useSettings(settings.toConversionSettings());
    preferences.save(settings);
  }

  /** My own video: the local tile drains its preview, the status bar shows its figures. */
  LocalVideo video() {
    return video;
  }

  /**
   * Starts the local feed with the source chosen last time, or the camera. While a camera opens, or
   * when there is none, the capture service shows the demo scene with a message, so there is always
   * a picture. The system property {@code asciicall.default.source} overrides the first-run default
   * (tests use {@code demo} so they never touch the global webcam driver).
   */
  void start() {
    start(initialSource());
  }

  /** Starts the local feed with {@code source} (given on the command line). */
  void start(SourceSpec source) {
    video.start(source);
  }

  /**
   * Why voice processing cannot run here, if it cannot: loads the native library off the FX thread
   * (the first load unpacks it, a moment), so a call later starts without that wait.
   */
  CompletableFuture<java.util.Optional<String>> voiceProcessingProblem() {
    return CompletableFuture.supplyAsync(
        () -> VoiceProcessing.probe(VoiceProcessing.WEBRTC), discoveryThread);
  }

  /** Lists microphones and speakers off the FX thread (Java Sound may take a while). */
  CompletableFuture<List<List<AudioDevice>>> listAudioDevices() {
    return CompletableFuture.supplyAsync(
        () -> List.of(audioDevices.microphones(), audioDevices.speakers()), discoveryThread);
  }

  private SourceSpec initialSource() {
    String fallback = System.getProperty("asciicall.default.source", "webcam");
    String saved = preferences.source().orElse(fallback);
    try {
      return SourceSpec.parse(saved);
    } catch (IllegalArgumentException e) {
      return SourceSpec.parse(fallback);
    }
  }

  @Override
  public CompletableFuture<SourceCatalog.SourceListing> available() {
    return CompletableFuture.supplyAsync(catalog::available, discoveryThread);
  }

  @Override
  public void choose(SourceSpec spec) {
    preferences.saveSource(spec.toString());
    video.switchTo(spec);
  }

  @Override
  public void show(SourceSpec spec) {
    video.switchTo(spec);
  }

  @Override
  public java.util.Optional<SourceSpec> current() {
    return video.source();
  }

  @Override
  public void close() {
    // The call first: leaving tells the others while our threads still run.
    calls.close();
    deviceCheck.close();
    captureStatus.close();
    // Releases the camera; a pending "camera on" cannot restart it afterwards.
    video.close();
    capture.close();
    Threads.shutdown(discoveryThread, 500);
    preferences.flush();
  }
}
