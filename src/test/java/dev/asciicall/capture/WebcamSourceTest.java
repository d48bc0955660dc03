package dev.asciicall.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.sarxos.webcam.Webcam;
import dev.asciicall.capture.SyntheticWebcamDriver.BufferDevice;
import dev.asciicall.capture.SyntheticWebcamDriver.Layout;
import dev.asciicall.capture.SyntheticWebcamDriver.PatternDevice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real webcam path (discovery, open, resolution, raw read) on a synthetic driver. */
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

  private static void await(BooleanSupplier condition) throws InterruptedException {
    while (!condition.getAsBoolean()) {
      Thread.sleep(5);
    }
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
          await(() -> frames.size() >= 2);
          service.stop();

          assertThat(statuses.get(0).state()).isEqualTo(CaptureState.FALLBACK);
          assertThat(statuses.get(0).message().orElseThrow())
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
          await(() -> service.stats().state() == CaptureState.FALLBACK);
          driver.devices.remove(dying); // unplugged
          await(() -> catalog.discover().cameras().isEmpty());
          Thread.sleep(300);
          assertThat(service.stats().state()).isEqualTo(CaptureState.FALLBACK);
          driver.devices.add(PatternDevice.working("USB Cam", Layout.CUSTOM_RGB)); // back
          await(
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
          assertPattern(frames.get(0));
          assertPattern(frames.get(frames.size() - 1));
        });
  }
}
