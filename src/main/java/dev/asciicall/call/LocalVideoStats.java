package dev.asciicall.call;

import dev.asciicall.capture.CaptureStats;
import java.util.Locale;

/**
 * How my own video is doing, for a status line: the capture's rate and drops, and how long turning
 * one picture into ASCII takes.
 *
 * @param conversionMillis smoothed over recent frames; NaN before the first frame
 */
public record LocalVideoStats(CaptureStats capture, double conversionMillis) {

  /** One line, e.g. {@code Demo scene · 30 fps · convert 0.4 ms · 2 dropped}. */
  public String summary() {
    String conversion =
        Double.isNaN(conversionMillis)
            ? "–"
            : String.format(Locale.ROOT, "%.1f ms", conversionMillis);
    return String.format(
        Locale.ROOT,
        "%s · %.0f fps · convert %s · %d dropped",
        capture.sourceName(),
        capture.framesPerSecond(),
        conversion,
        capture.framesDropped());
  }
}
