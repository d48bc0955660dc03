package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureSettings;
import dev.asciicall.capture.CaptureState;
import dev.asciicall.capture.CaptureStats;
import dev.asciicall.capture.FrameSource;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.common.Subscription;
import dev.asciicall.testing.UnitTest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * My own video without any front end: pictures from a capture service become ASCII for the preview
 * and the call, with the settings chosen, and the camera switch stops and resumes capture.
 */
@UnitTest
class LocalVideoTest {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final ConversionSettings SETTINGS = ConversionSettings.defaults().withColumns(32);

  /** The specs the capture service opened, in order. */
  private final BlockingQueue<String> opened = new LinkedBlockingQueue<>();

  private final BlockingQueue<Converted> converted = new LinkedBlockingQueue<>();
  private final CaptureService capture =
      new CaptureService(
          (spec, warnings) -> {
            opened.add(spec.toString());
            return new SolidSource(spec.toString());
          },
          CaptureSettings.defaults().withFramesPerSecond(60));
  private LocalVideo video;

  private record Converted(AsciiFrame frame, long sequence, long captureNanos) {}

  @AfterEach
  void close() {
    if (video != null) {
      video.close();
    }
    capture.close();
  }

  private Converted nextFrame() throws InterruptedException {
    Converted next = converted.poll(10, TimeUnit.SECONDS);
    assertThat(next).as("a converted frame within 10 s").isNotNull();
    return next;
  }

  @Test
  void everyConvertedFrameGoesToThePreviewAndToTheCallWithItsPictureNumber() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          video = new LocalVideo(capture, SETTINGS, Runnable::run, Runnable::run);
          Subscription call =
              video.addFrameListener(
                  (frame, sequence, nanos) -> converted.add(new Converted(frame, sequence, nanos)));
          video.start(SourceSpec.parse("webcam:Front"));

          Converted first = nextFrame();
          Converted second = nextFrame();
          assertThat(first.frame().columns()).isEqualTo(32);
          assertThat(second.sequence()).isGreaterThan(first.sequence());
          assertThat(second.captureNanos()).isGreaterThanOrEqualTo(first.captureNanos());
          assertThat(video.preview().take()).as("the preview holds the newest frame").isNotNull();
          assertThat(video.stats().summary())
              .matches("webcam:Front · \\d+ fps · convert [0-9.]+ ms · \\d+ dropped");

          call.close();
          converted.clear();
          BlockingQueue<AsciiFrame> later = new LinkedBlockingQueue<>();
          video.addFrameListener((frame, sequence, nanos) -> later.add(frame));
          assertThat(later.poll(10, TimeUnit.SECONDS)).isNotNull();
          assertThat(converted).as("nothing for a closed subscription").isEmpty();
        });
  }

  @Test
  void newSettingsApplyToTheNextFrames() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          video = new LocalVideo(capture, SETTINGS, Runnable::run, Runnable::run);
          video.addFrameListener(
              (frame, sequence, nanos) -> converted.add(new Converted(frame, sequence, nanos)));
          video.start(SourceSpec.parse("demo"));
          assertThat(nextFrame().frame().columns()).isEqualTo(32);

          video.useSettings(SETTINGS.withColumns(48));
          assertThat(video.settings()).isEqualTo(SETTINGS.withColumns(48));
          Converted next = nextFrame();
          // At most the frame in conversion when the settings changed still has the old size.
          if (next.frame().columns() != 48) {
            next = nextFrame();
          }
          assertThat(next.frame().columns()).isEqualTo(48);
        });
  }

  @Test
  void cameraOffReleasesTheDeviceAndCameraOnResumesWithTheSourceChosenMeanwhile() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          video = new LocalVideo(capture, SETTINGS, Runnable::run, Runnable::run);
          video.addFrameListener(
              (frame, sequence, nanos) -> converted.add(new Converted(frame, sequence, nanos)));
          video.start(SourceSpec.parse("webcam:Front"));
          assertThat(opened.poll(10, TimeUnit.SECONDS)).isEqualTo("webcam:Front");
          nextFrame();

          video.turnCameraOff();
          assertThat(video.cameraOn()).isFalse();
          assertThat(capture.stats().state()).isEqualTo(CaptureState.STOPPED);
          video.switchTo(SourceSpec.parse("webcam:Back"));
          assertThat(capture.stats().state()).as("still off").isEqualTo(CaptureState.STOPPED);
          assertThat(opened).isEmpty();
          assertThat(video.source()).contains(SourceSpec.parse("webcam:Back"));

          converted.clear();
          video.turnCameraOn();
          assertThat(opened.poll(10, TimeUnit.SECONDS)).isEqualTo("webcam:Back");
          nextFrame();
          assertThat(video.cameraOn()).isTrue();
        });
  }

  @Test
  void aSourceChosenWhileTheCameraIsOnTakesOverWithoutStopping() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          video = new LocalVideo(capture, SETTINGS, Runnable::run, Runnable::run);
          video.start(SourceSpec.parse("webcam:Front"));
          assertThat(opened.poll(10, TimeUnit.SECONDS)).isEqualTo("webcam:Front");

          video.switchTo(SourceSpec.parse("webcam:Back"));
          assertThat(opened.poll(10, TimeUnit.SECONDS)).isEqualTo("webcam:Back");
          assertThat(capture.stats().state()).isNotEqualTo(CaptureState.STOPPED);
        });
  }

  @Test
  void closingReleasesTheDeviceAndACameraSwitchStillQueuedCannotRestartIt() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          Queue<Runnable> cameraQueue = new ArrayDeque<>();
          video = new LocalVideo(capture, SETTINGS, Runnable::run, cameraQueue::add);
          video.addFrameListener(
              (frame, sequence, nanos) -> converted.add(new Converted(frame, sequence, nanos)));
          video.start(SourceSpec.parse("demo"));
          cameraQueue.poll().run();
          nextFrame();
          video.turnCameraOff();
          video.turnCameraOn();

          video.close();
          assertThat(capture.stats().state()).isEqualTo(CaptureState.STOPPED);
          while (!cameraQueue.isEmpty()) {
            cameraQueue.poll().run();
          }
          assertThat(capture.stats().state()).isEqualTo(CaptureState.STOPPED);
          assertThat(video.preview().take()).as("a closed preview holds nothing").isNull();
        });
  }

  @Test
  void theStatusLineSaysSourceRateConversionTimeAndDrops() {
    CaptureStats stats =
        new CaptureStats(CaptureState.RUNNING, "Demo scene", 29.6, 300, 2, Optional.empty());

    assertThat(new LocalVideoStats(stats, Double.NaN).summary())
        .isEqualTo("Demo scene · 30 fps · convert – · 2 dropped");
    assertThat(new LocalVideoStats(stats, 0.42).summary())
        .isEqualTo("Demo scene · 30 fps · convert 0.4 ms · 2 dropped");
  }

  /** Small grey pictures with a gradient, named after the spec that made them. */
  private static final class SolidSource implements FrameSource {
    private final String name;
    private long sequence;

    SolidSource(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public double maxFramesPerSecond() {
      return 60;
    }

    @Override
    public void open() {}

    @Override
    public VideoFrame read() {
      byte[] rgb = new byte[64 * 48 * 3];
      for (int i = 0; i < rgb.length; i++) {
        rgb[i] = (byte) (i % 192);
      }
      return new VideoFrame(64, 48, rgb, sequence++, System.nanoTime());
    }

    @Override
    public void close() {}
  }
}
