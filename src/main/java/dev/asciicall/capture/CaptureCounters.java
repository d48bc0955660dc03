package dev.asciicall.capture;

import java.util.concurrent.atomic.AtomicLong;

/** Counters written by the capture thread and read by {@link CaptureService#stats()}. */
final class CaptureCounters {

  private final FrameRateMeter meter = new FrameRateMeter();
  private final AtomicLong captured = new AtomicLong();
  private final AtomicLong retiredDrops = new AtomicLong();
  private volatile CaptureState state = CaptureState.STOPPED;
  private volatile String sourceName = "none";
  private volatile String lastError;

  void frameCaptured(long nanos) {
    captured.incrementAndGet();
    meter.record(nanos);
  }

  void showing(CaptureState newState, String name) {
    state = newState;
    sourceName = name;
  }

  void failed(String message) {
    lastError = message;
  }

  void stopped() {
    state = CaptureState.STOPPED;
    meter.reset();
  }

  void retireSlot(long drops) {
    retiredDrops.addAndGet(drops);
  }

  CaptureState state() {
    return state;
  }

  String sourceName() {
    return sourceName;
  }

  String lastError() {
    return lastError;
  }

  long framesCaptured() {
    return captured.get();
  }

  long retiredDrops() {
    return retiredDrops.get();
  }

  double framesPerSecond() {
    return state == CaptureState.STOPPED ? 0 : meter.framesPerSecond(System.nanoTime());
  }
}
