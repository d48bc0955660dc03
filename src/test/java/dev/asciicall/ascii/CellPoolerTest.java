package dev.asciicall.ascii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class CellPoolerTest {

  @Test
  void wholeCellsAreExactMeans() {
    // 4x2 luma, 2x1 cells of 2x2 pixels each.
    byte[] data = bytes(10, 20, 200, 220, 30, 40, 240, 250);
    float[] luma = new float[2];
    new CellPooler(4, 2, PixelLayout.LUMA, 2, 1).pool(data, luma, null);
    assertThat(luma[0]).isCloseTo(25f, within(0.01f));
    assertThat(luma[1]).isCloseTo(227.5f, within(0.01f));
  }

  @Test
  void pixelsStraddlingACellEdgeCountForBothCellsByTheirOverlap() {
    // Three pixels into two cells: the edge falls in the middle of the 90 pixel.
    byte[] data = bytes(0, 90, 180);
    float[] luma = new float[2];
    new CellPooler(3, 1, PixelLayout.LUMA, 2, 1).pool(data, luma, null);
    assertThat(luma[0]).isCloseTo((0 + 45) / 1.5f, within(0.3f));
    assertThat(luma[1]).isCloseTo((45 + 180) / 1.5f, within(0.3f));
  }

  @Test
  void fractionalRowsAreWeightedToo() {
    // Column of three pixels into two rows.
    byte[] data = bytes(30, 60, 90);
    float[] luma = new float[2];
    new CellPooler(1, 3, PixelLayout.LUMA, 1, 2).pool(data, luma, null);
    assertThat(luma[0]).isCloseTo((30 + 30) / 1.5f, within(0.3f));
    assertThat(luma[1]).isCloseTo((30 + 90) / 1.5f, within(0.3f));
  }

  @Test
  void rgbAndBgrGiveTheSameLumaAndColour() {
    byte[] rgb = bytes(255, 0, 0, 0, 0, 255);
    byte[] bgr = bytes(0, 0, 255, 255, 0, 0);
    float[] fromRgb = new float[1];
    float[] fromBgr = new float[1];
    int[] rgbColor = new int[1];
    int[] bgrColor = new int[1];
    new CellPooler(2, 1, PixelLayout.RGB, 1, 1).pool(rgb, fromRgb, rgbColor);
    new CellPooler(2, 1, PixelLayout.BGR, 1, 1).pool(bgr, fromBgr, bgrColor);
    assertThat(fromRgb[0]).isCloseTo((0.299f * 255 + 0.114f * 255) / 2, within(0.1f));
    assertThat(fromBgr[0]).isCloseTo(fromRgb[0], within(0.001f));
    assertThat(rgbColor[0]).isEqualTo(0x800080).isEqualTo(bgrColor[0]);
  }

  static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
