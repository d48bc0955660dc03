package dev.asciicall.call;

import dev.asciicall.capture.VideoFrame;
import java.nio.charset.StandardCharsets;

/**
 * A plain, uncompressed picture-to-ASCII encoding used until the ASCII engine and frame codec are
 * wired in: luma averaged per cell, mapped to a 10-step ramp, rows joined by newlines. The payload
 * is the text itself, so any receiver can show it. Called on the sending thread only.
 */
public final class PlainAsciiEncoder {

  private static final String RAMP = " .:-=+*#%@";

  private final int columns;
  private final int rows;

  public PlainAsciiEncoder(int columns, int rows) {
    this.columns = columns;
    this.rows = rows;
  }

  public byte[] encode(VideoFrame frame) {
    StringBuilder text = new StringBuilder((columns + 1) * rows);
    byte[] rgb = frame.rgb();
    for (int row = 0; row < rows; row++) {
      int y0 = row * frame.height() / rows;
      int y1 = Math.max(y0 + 1, (row + 1) * frame.height() / rows);
      for (int column = 0; column < columns; column++) {
        int x0 = column * frame.width() / columns;
        int x1 = Math.max(x0 + 1, (column + 1) * frame.width() / columns);
        long sum = 0;
        for (int y = y0; y < y1; y += 2) {
          for (int x = x0; x < x1; x += 2) {
            int i = (y * frame.width() + x) * 3;
            sum += (299 * (rgb[i] & 0xff) + 587 * (rgb[i + 1] & 0xff) + 114 * (rgb[i + 2] & 0xff));
          }
        }
        int samples = ((y1 - y0 + 1) / 2) * ((x1 - x0 + 1) / 2);
        int luma = (int) (sum / 1000 / Math.max(1, samples));
        text.append(RAMP.charAt(luma * (RAMP.length() - 1) / 255));
      }
      text.append('\n');
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
