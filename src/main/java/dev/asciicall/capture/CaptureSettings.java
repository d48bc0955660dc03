package dev.asciicall.capture;

import java.time.Duration;

/**
 * How the capture service paces and recovers.
 *
 * @param framesPerSecond the target rate; capped by what the source can give
 * @param retryInterval how often a failed source is tried again while the fallback shows
 * @param fallback what to show while the chosen source is unavailable (demo or a still image)
 */
public record CaptureSettings(double framesPerSecond, Duration retryInterval, SourceSpec fallback) {

  public static final double DEFAULT_FRAMES_PER_SECOND = 30;

  public CaptureSettings {
    if (!(framesPerSecond > 0 && framesPerSecond <= 120)) {
      throw new IllegalArgumentException("frame rate must be in (0, 120], got " + framesPerSecond);
    }
    if (retryInterval.isNegative() || retryInterval.isZero()) {
      throw new IllegalArgumentException("retry interval must be positive");
    }
  }

  public static CaptureSettings defaults() {
    return new CaptureSettings(
        DEFAULT_FRAMES_PER_SECOND, Duration.ofSeconds(2), new SourceSpec.Demo());
  }

  public CaptureSettings withFramesPerSecond(double rate) {
    return new CaptureSettings(rate, retryInterval, fallback);
  }

  public CaptureSettings withRetryInterval(Duration interval) {
    return new CaptureSettings(framesPerSecond, interval, fallback);
  }

  public CaptureSettings withFallback(SourceSpec spec) {
    return new CaptureSettings(framesPerSecond, retryInterval, spec);
  }
}
