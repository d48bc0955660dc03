package dev.asciicall.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.sarxos.webcam.Webcam;
import dev.asciicall.capture.SyntheticWebcamDriver.BufferDevice;
import dev.asciicall.capture.SyntheticWebcamDriver.Layout;
import dev.asciicall.capture.SyntheticWebcamDriver.PatternDevice;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.UnitTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real webcam path (discovery, open, resolution, raw read) on a synthetic driver. */
@UnitTest
class WebcamSourceTest {

  private SyntheticWebcamDriver driver;
  private WebcamCatalog catalog;

  @BeforeEach
  void installDriver() {
    driver = new SyntheticWebcamDriver();
    Webcam.setDriver(driver);
    catalog = new WebcamCatalog(new NativeCameraLibrary("Linux", List.of()));
  }

  @AfterAll
  static void restoreDriver() {
    Webcam.resetDriver();
  }

  private static void assertPattern(VideoFrame frame) {
    byte[] rgb = frame.rgb();
    int frameNumber = (rgb[0] & 0xFF); // red at x = 0 is the frame number
    for (int y = 0; y < frame.height(); y += 7) {
      for (int x = 0; x < frame.width(); x += 5) {
        int i = (y * frame.width() + x) * 3;
        assertThat(rgb[i] & 0xFF).isEqualTo(SyntheticWebcamDriver.red(x, frameNumber));
        assertThat(rgb[i + 1] & 0xFF).isEqualTo(SyntheticWebcamDriver.green(y));
        assertThat(rgb[i + 2] & 0xFF).isEqualTo(SyntheticWebcamDriver.BLUE);
      }
    }
  }

  private static CaptureStatus firstWith(List<CaptureStatus> statuses, CaptureState state) {
    return statuses.stream().filter(s -> s.state() == state).findFirst().orElseThrow();
  }

  private static long openerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("source-open-") && t.isAlive())
        .count();
  }

  /** Consecutive frames: sequence numbers go up by one, whichever source made them. */
  private static void assertNoGap(List<VideoFrame> frames) {
    for (int i = 1; i < frames.size(); i++) {
      assertThat(frames.get(i).sequence()).isEqualTo(frames.get(i - 1).sequence() + 1);
    }
  }

  @Test
  void discoveryListsCamerasWithTheirResolutions() {
    driver.devices.add(PatternDevice.working("Synthetic Cam A", Layout.CUSTOM_RGB));
    driver.devices.add(new BufferDevice("Synthetic Cam B"));

    CameraDiscovery discovery = catalog.discover();

    assertThat(discovery.problem()).isEmpty();
    assertThat(discovery.cameras())
        .extracting(CameraInfo::name)
        .containsExactly("Synthetic Cam A", "Synthetic Cam B");
    assertThat(discovery.cameras().get(0).resolutions())
        .containsExactly(
            new Resolution(64, 48), new Resolution(176, 144), new Resolution(320, 240));
  }

  @Test
  void opensTheNamedCameraAtTheChosenResolutionAndReadsRgbFromEveryLayout() throws Exception {
    driver.devices.add(PatternDevice.working("Cam custom", Layout.CUSTOM_RGB));
    driver.devices.add(PatternDevice.working("Cam bgr", Layout.BGR));
    driver.devices.add(new BufferDevice("Cam buffer"));

    for (String name : List.of("custom", "bgr", "buffer")) {
      SourceSpec.Camera spec =
          new SourceSpec.Camera(Optional.of(name), Optional.of(new Resolution(320, 240)));
      try (WebcamSource source = new WebcamSource(catalog, spec)) {
        source.open();
        assertThat(source.name()).isEqualTo("Camera \"Cam " + name + "\"");
        VideoFrame first = source.read();
        VideoFrame second = source.read();
        assertThat(first.width()).isEqualTo(320);
        assertThat(first.height()).isEqualTo(240);
        assertPattern(first);
        assertPattern(second);
        // The pattern moves: consecutive frames differ.
        assertThat(second.rgb()[0]).isNotEqualTo(first.rgb()[0]);
      }
    }
  }

  @Test
  void withoutAResolutionTheOneClosestTo640x480IsChosen() throws Exception {
    driver.devices.add(PatternDevice.working("Cam", Layout.CUSTOM_RGB));
    try (WebcamSource source = new WebcamSource(catalog, SourceSpec.Camera.any())) {
      source.open();
      assertThat(source.read().width()).isEqualTo(320);
    }
  }

  @Test
  void missingCameraAndMissingNativeLibraryAreExplained() {
    assertThat(catalog.discover().problem())
        .contains("No camera found: plug one in (or check it is not disabled).");
    assertThatThrownBy(
            () ->
                new WebcamSource(
                        catalog, new SourceSpec.Camera(Optional.of("C920"), Optional.empty()))
                    .open())
        .isInstanceOf(CaptureException.class)
        .hasMessage("Camera \"C920\" was not found: no camera is connected.");

    Webcam.resetDriver(); // the built-in driver, whose native part needs libv4l2 on Linux
    CameraDiscovery discovery = catalog.discover();
    assertThat(discovery.cameras()).isEmpty();
    assertThat(discovery.problem().orElseThrow())
        .contains("libv4l2.so.0 is missing")
        .contains("sudo apt install libv4l-0");
  }

  @Test
  void nativeLibraryIsFoundInAnyLibraryFolder(@TempDir Path folder) throws Exception {
    assertThat(new NativeCameraLibrary("Linux", List.of(folder)).problem()).isPresent();
    java.nio.file.Files.createFile(folder.resolve("libv4l2.so.0"));
    assertThat(new NativeCameraLibrary("Linux", List.of(folder)).problem()).isEmpty();
    assertThat(new NativeCameraLibrary("Windows 11", List.of()).problem()).isEmpty();
  }

  @Test
  void cameraThatFailsToOpenFallsBackWithAMessageNamingIt() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          driver.devices.add(
              new PatternDevice("Busy Cam", Layout.CUSTOM_RGB, "Device or resource busy", 0));
          List<CaptureStatus> statuses = new CopyOnWriteArrayList<>();
          List<VideoFrame> frames = new CopyOnWriteArrayList<>();
          CaptureService service =
              new CaptureService(new SourceCatalog(catalog), CaptureSettings.defaults());
          service.addStatusListener(statuses::add);
          service.addSink(frames::add, Runnable::run);
          service.start(SourceSpec.Camera.any());
          Await.until(() -> frames.size() >= 2);
          service.stop();

          // Discovery may take a frame or two, so "Opening ..." can come first.
          assertThat(statuses)
              .extracting(CaptureStatus::state)
              .containsSubsequence(CaptureState.FALLBACK, CaptureState.STOPPED)
              .doesNotContain(CaptureState.RUNNING);
          assertThat(firstWith(statuses, CaptureState.FALLBACK).message().orElseThrow())
              .startsWith("Camera \"Busy Cam\" could not be opened: Device or resource busy.")
              .endsWith("Showing the demo scene meanwhile.");
        });
  }

  @Test
  void cameraUnpluggedMidStreamFallsBackAndReturnsWhenPluggedBackIn() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          PatternDevice dying = new PatternDevice("USB Cam", Layout.CUSTOM_RGB, null, 5);
          driver.devices.add(dying);
          List<CaptureStatus> statuses = new CopyOnWriteArrayList<>();
          List<VideoFrame> frames = new CopyOnWriteArrayList<>();
          CaptureService service =
              new CaptureService(
                  new SourceCatalog(catalog),
                  CaptureSettings.defaults().withRetryInterval(Duration.ofMillis(100)));
          service.addStatusListener(statuses::add);
          service.addSink(frames::add, Runnable::run);
          service.start(new SourceSpec.Camera(Optional.of("USB Cam"), Optional.empty()));
          Await.until(() -> service.stats().state() == CaptureState.FALLBACK);
          driver.devices.remove(dying); // unplugged
          Await.until(() -> catalog.discover().cameras().isEmpty());
          // The service keeps looking for it (every 100 ms here) and keeps showing the demo.
          int looked = driver.listings.get();
          Await.until(() -> driver.listings.get() >= looked + 3);
          assertThat(service.stats().state()).isEqualTo(CaptureState.FALLBACK);
          driver.devices.add(PatternDevice.working("USB Cam", Layout.CUSTOM_RGB)); // back
          Await.until(
              () ->
                  service.stats().state() == CaptureState.RUNNING
                      && frames.get(frames.size() - 1).width() == 320);
          service.stop();

          assertThat(statuses)
              .extracting(CaptureStatus::state)
              .containsSubsequence(
                  CaptureState.RUNNING, CaptureState.FALLBACK, CaptureState.RUNNING);
          String fallbackMessage =
              statuses.stream()
                  .filter(s -> s.state() == CaptureState.FALLBACK)
                  .findFirst()
                  .orElseThrow()
                  .message()
                  .orElseThrow();
          assertThat(fallbackMessage)
              .startsWith("Camera \"USB Cam\" stopped working")
              .contains("Plug it back in");
          assertThat(statuses.get(statuses.size() - 2).message())
              .contains("Camera \"USB Cam\" is back.");
          // Under load the camera may take longer than a frame to open, so the demo scene can
          // come first: check the first frame the camera itself delivered.
          assertPattern(frames.stream().filter(f -> f.width() == 320).findFirst().orElseThrow());
          assertPattern(frames.get(frames.size() - 1));
        });
  }

  @Test
  void slowCameraShowsTheDemoWhileItOpensThenTakesOverWithoutAGap() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          PatternDevice slow = PatternDevice.working("Slow Cam", Layout.CUSTOM_RGB);
          slow.openGate = new CountDownLatch(1);
          driver.devices.add(slow);
          List<CaptureStatus> statuses = new CopyOnWriteArrayList<>();
          List<VideoFrame> frames = new CopyOnWriteArrayList<>();
          CaptureService service =
              new CaptureService(new SourceCatalog(catalog), CaptureSettings.defaults());
          service.addStatusListener(statuses::add);
          service.addSink(frames::add, Runnable::run);
          try {
            service.start(new SourceSpec.Camera(Optional.of("Slow Cam"), Optional.empty()));
            // The camera cannot finish opening until the gate opens, yet pictures flow.
            Await.until(() -> frames.size() >= 5);
            assertThat(slow.isOpen()).isFalse();
            assertThat(service.stats().state()).isEqualTo(CaptureState.STARTING);
            assertThat(statuses.get(0))
                .isEqualTo(
                    new CaptureStatus(
                        CaptureState.STARTING,
                        "Demo scene",
                        Optional.of(
                            "Opening Camera \"Slow Cam\"\u2026 Showing the demo scene meanwhile.")));
          } finally {
            slow.openGate.countDown();
          }
          Await.until(
              () ->
                  service.stats().state() == CaptureState.RUNNING
                      && frames.get(frames.size() - 1).width() == 320);
          int switchedAt = frames.size();
          Await.until(() -> frames.size() >= switchedAt + 3);
          service.stop();

          int firstCamera = 0;
          while (frames.get(firstCamera).width() != 320) {
            assertThat(frames.get(firstCamera).width()).isEqualTo(DemoSource.DEFAULT_WIDTH);
            firstCamera++;
          }
          assertThat(firstCamera).isGreaterThanOrEqualTo(5);
          assertThat(frames.subList(firstCamera, frames.size()))
              .allSatisfy(frame -> assertThat(frame.width()).isEqualTo(320));
          assertNoGap(frames);
          assertPattern(frames.get(firstCamera));
          assertThat(statuses)
              .extracting(CaptureStatus::state)
              .containsExactly(CaptureState.STARTING, CaptureState.RUNNING, CaptureState.STOPPED);
          assertThat(statuses.get(1).sourceName()).isEqualTo("Camera \"Slow Cam\"");
          assertThat(slow.isOpen()).isFalse(); // closed by stop()
        });
  }

  @Test
  void slowCameraThatFailsKeepsTheDemoSaysWhyAndRetries() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          PatternDevice busy =
              new PatternDevice("Slow Busy Cam", Layout.CUSTOM_RGB, "Device or resource busy", 0);
          busy.openGate = new CountDownLatch(1);
          driver.devices.add(busy);
          List<CaptureStatus> statuses = new CopyOnWriteArrayList<>();
          List<VideoFrame> frames = new CopyOnWriteArrayList<>();
          CaptureService service =
              new CaptureService(
                  new SourceCatalog(catalog),
                  CaptureSettings.defaults().withRetryInterval(Duration.ofMillis(50)));
          service.addStatusListener(statuses::add);
          service.addSink(frames::add, Runnable::run);
          try {
            service.start(SourceSpec.Camera.any());
            Await.until(() -> frames.size() >= 3);
          } finally {
            busy.openGate.countDown();
          }
          Await.until(() -> service.stats().state() == CaptureState.FALLBACK);
          Await.until(() -> busy.opens.get() >= 3); // retried, off the capture thread
          int failedAt = frames.size();
          Await.until(() -> frames.size() >= failedAt + 3);
          service.stop();

          assertThat(frames)
              .allSatisfy(frame -> assertThat(frame.width()).isEqualTo(DemoSource.DEFAULT_WIDTH));
          assertNoGap(frames);
          assertThat(statuses)
              .extracting(CaptureStatus::state)
              .containsExactly(CaptureState.STARTING, CaptureState.FALLBACK, CaptureState.STOPPED);
          assertThat(statuses.get(1).message().orElseThrow())
              .startsWith("Camera \"Slow Busy Cam\" could not be opened: Device or resource busy.")
              .endsWith("Showing the demo scene meanwhile.");
        });
  }

  @Test
  void stopWhileACameraIsStillOpeningReturnsAtOnceThenClosesItAndLeaksNoThread() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          long openersBefore = openerThreads();
          PatternDevice slow = PatternDevice.working("Slow Cam", Layout.CUSTOM_RGB);
          slow.openGate = new CountDownLatch(1);
          driver.devices.add(slow);
          List<CaptureStatus> statuses = new CopyOnWriteArrayList<>();
          CaptureService service =
              new CaptureService(new SourceCatalog(catalog), CaptureSettings.defaults());
          service.addStatusListener(statuses::add);
          try {
            service.start(SourceSpec.Camera.any());
            slow.openBegun.await();
            // The open is stuck at the gate: stop() must not wait for it.
            service.stop();
            assertThat(service.stats().state()).isEqualTo(CaptureState.STOPPED);
            assertThat(statuses.get(statuses.size() - 1).state()).isEqualTo(CaptureState.STOPPED);
            assertThat(slow.closes.get()).isZero();
          } finally {
            slow.openGate.countDown();
          }
          // The open finishes after nobody wants it: the camera is closed and the thread ends.
          Await.until(() -> slow.closes.get() == 1 && !slow.isOpen());
          Await.until(() -> openerThreads() == openersBefore);
          assertThat(slow.opens.get()).isEqualTo(1);
        });
  }
}
