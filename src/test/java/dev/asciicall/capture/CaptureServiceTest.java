package dev.asciicall.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Threads;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.UnitTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

@UnitTest
class CaptureServiceTest {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private final List<CaptureStatus> statuses = new CopyOnWriteArrayList<>();

  private CaptureService service(SourceFactory factory, Duration retry) {
    CaptureService service =
        new CaptureService(
            factory, CaptureSettings.defaults().withFramesPerSecond(100).withRetryInterval(retry));
    service.addStatusListener(statuses::add);
    return service;
  }

  private static long captureThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("capture-") && t.isAlive())
        .count();
  }

  @Test
  void slowConsumerDropsFramesInsteadOfQueueingThem() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          ExecutorService consumerThread = Threads.single("test-consumer");
          List<Long> seen = new CopyOnWriteArrayList<>();
          // As slow as a consumer gets: stuck on its first frame until capture has made 60.
          CountDownLatch stuck = new CountDownLatch(1);
          CaptureService service = service((spec, warnings) -> new DemoSource(), LIMIT);
          service.addSink(
              frame -> {
                seen.add(frame.sequence());
                try {
                  stuck.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              consumerThread);
          service.start(new FakeFrameSource("fast", 1, 100));
          Await.until(() -> service.stats().framesCaptured() >= 60);
          stuck.countDown();
          service.stop();
          Threads.shutdown(consumerThread, 2000);

          CaptureStats stats = service.stats();
          assertThat(stats.framesDropped()).isGreaterThan(0);
          // Every captured frame was either delivered or dropped; at most one waits in the slot.
          assertThat(stats.framesCaptured() - seen.size() - stats.framesDropped())
              .isBetween(0L, 1L);
          assertThat(seen).isSorted().doesNotHaveDuplicates();
        });
  }

  @Test
  void switchingSourcesKeepsFramesFlowingAndLeaksNoThread() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          long threadsBefore = captureThreads();
          List<VideoFrame> frames = new CopyOnWriteArrayList<>();
          CaptureService service = service((spec, warnings) -> new DemoSource(), LIMIT);
          service.addSink(frames::add, Runnable::run);
          FakeFrameSource first = new FakeFrameSource("first", 1, 100);
          FakeFrameSource second = new FakeFrameSource("second", 2, 100);
          service.start(first);
          Await.until(() -> frames.size() >= 5);
          service.switchTo(second);
          Await.until(() -> !frames.isEmpty() && frames.get(frames.size() - 1).rgb()[0] == 2);
          int switchedAt = frames.size();
          Await.until(() -> frames.size() >= switchedAt + 5);
          assertThat(captureThreads()).isEqualTo(threadsBefore + 1);
          service.stop();

          assertThat(first.closed).isTrue();
          assertThat(second.closed).isTrue();
          assertThat(captureThreads()).isEqualTo(threadsBefore);
          assertThat(frames).extracting(VideoFrame::sequence).isSorted().doesNotHaveDuplicates();
          // Sequence numbers continue across the switch: nothing is lost in between.
          for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).sequence()).isEqualTo(frames.get(i - 1).sequence() + 1);
          }
          assertThat(statuses).extracting(CaptureStatus::sourceName).contains("first", "second");
          assertThat(statuses.get(statuses.size() - 1).state()).isEqualTo(CaptureState.STOPPED);
        });
  }

  @Test
  void sourceThatFailsToOpenFallsBackToTheDemoWithTheMessage() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          List<VideoFrame> frames = new CopyOnWriteArrayList<>();
          SourceFactory factory =
              (spec, warnings) -> {
                if (spec instanceof SourceSpec.Camera) {
                  throw new CaptureException("Camera \"Cam\" is busy: close the other app.");
                }
                return new DemoSource(64, 48, 30);
              };
          CaptureService service = service(factory, LIMIT);
          service.addSink(frames::add, Runnable::run);
          service.start(SourceSpec.Camera.any());
          Await.until(() -> frames.size() >= 3);
          CaptureStats stats = service.stats();
          service.stop();

          assertThat(stats.state()).isEqualTo(CaptureState.FALLBACK);
          assertThat(stats.sourceName()).isEqualTo("Demo scene");
          assertThat(stats.lastError()).contains("Camera \"Cam\" is busy: close the other app.");
          assertThat(statuses.get(0).message())
              .contains(
                  "Camera \"Cam\" is busy: close the other app. Showing the demo scene meanwhile.");
          assertThat(frames.get(0).width()).isEqualTo(64);
        });
  }

  @Test
  void sourceThatDiesMidStreamFallsBackAndComesBackOnRetry() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          List<VideoFrame> frames = new CopyOnWriteArrayList<>();
          java.util.concurrent.atomic.AtomicInteger opens =
              new java.util.concurrent.atomic.AtomicInteger();
          SourceFactory factory =
              (spec, warnings) -> {
                if (spec instanceof SourceSpec.Demo) {
                  return new FakeFrameSource("Demo scene", 9, 100);
                }
                int attempt = opens.incrementAndGet();
                if (attempt == 1) {
                  return new FakeFrameSource("Cam", 1, 100, 10);
                }
                if (attempt == 2) {
                  throw new CaptureException("Camera \"Cam\" was not found.");
                }
                return new FakeFrameSource("Cam", 3, 100);
              };
          CaptureService service = service(factory, Duration.ofMillis(50));
          service.addSink(frames::add, Runnable::run);
          service.start(SourceSpec.Camera.any());
          Await.until(
              () -> statuses.stream().anyMatch(s -> s.message().orElse("").contains("back")));
          Await.until(() -> frames.get(frames.size() - 1).rgb()[0] == 3);
          service.stop();

          assertThat(statuses)
              .extracting(CaptureStatus::state)
              .containsSubsequence(
                  CaptureState.RUNNING, CaptureState.FALLBACK, CaptureState.RUNNING);
          assertThat(statuses)
              .filteredOn(s -> s.state() == CaptureState.FALLBACK)
              .first()
              .extracting(s -> s.message().orElseThrow())
              .isEqualTo("Cam was unplugged. Showing the demo scene meanwhile.");
          assertThat(frames).extracting(f -> f.rgb()[0]).contains((byte) 1, (byte) 9, (byte) 3);
        });
  }

  @Test
  void stopIsSafeBeforeStartAndTwice() {
    CaptureService service = service((spec, warnings) -> new DemoSource(), LIMIT);
    service.stop();
    service.start(new FakeFrameSource("a", 1, 100));
    service.stop();
    service.stop();
    assertThat(service.stats().state()).isEqualTo(CaptureState.STOPPED);
  }
}
