package dev.asciicall.ascii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The eight-bytes-at-a-time pooling and the Vector API pooling must each give exactly what the
 * plain per-byte path gives, and the luma-only path exactly the luma of the path that also averages
 * colour.
 */
@UnitTest
class CellPoolerLanesTest {

  @Test
  void theTestJvmHasTheVectorPathAndWarmsItUp() throws InterruptedException {
    // The pom starts the tests with --add-modules jdk.incubator.vector; without it the VECTOR
    // comparisons below would test nothing. 256-bit lanes are on every x86-64 CI machine (AVX2).
    assertThat(SimdEngine.available()).isTrue();
    assertThat(SimdEngine.awaitActive(Duration.ofSeconds(120))).as("warmed up").isTrue();
    assertThat(SimdEngine.describe()).matches("vector-(256|512)");
    assertThat(CellPooler.Path.fastest()).isEqualTo(CellPooler.Path.VECTOR);
  }

  @Test
  void lanePathEqualsPlainPathOnRandomFramesWithFractionalCells() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int width = 1 + random.nextInt(150);
      int height = 1 + random.nextInt(150);
      int columns = 1 + random.nextInt(width + 5);
      int rows = 1 + random.nextInt(height + 5);
      PixelLayout layout = PixelLayout.values()[random.nextInt(PixelLayout.values().length)];
      byte[] data = new byte[width * height * layout.bytesPerPixel()];
      random.nextBytes(data);
      assertSame(width, height, layout, columns, rows, data);
    }
  }

  @Test
  void tallCellsOfFullBrightnessDoNotOverflowTheLanes() {
    // 600 and 1000 full rows per cell pass the 256-row lane limit more than once.
    for (int height : new int[] {600, 1000, 1027}) {
      for (PixelLayout layout : PixelLayout.values()) {
        byte[] data = new byte[37 * height * layout.bytesPerPixel()];
        Arrays.fill(data, (byte) 255);
        assertSame(37, height, layout, 5, 1, data);
        assertSame(37, height, layout, 3, 2, data);
        new Random(height).nextBytes(data);
        assertSame(37, height, layout, 7, 3, data);
      }
    }
  }

  @Test
  void typicalCameraFramesMatch() {
    Random random = new Random(11);
    byte[] data = new byte[1280 * 720 * 3];
    random.nextBytes(data);
    assertSame(1280, 720, PixelLayout.RGB, 128, 37, data);
    assertSame(1280, 720, PixelLayout.BGR, 384, 111, data);
    assertSame(640, 480, PixelLayout.RGB, 128, 50, data);
  }

  @Test
  void wholePixelColumnsOfEveryWidthMatch() {
    // Columns of 1 to 160 whole pixels: one vector per column, two, many, and the last columns,
    // which would read past the row, summed plainly. Full brightness in cells 30 rows tall puts
    // each pixel's weighed sum near the int limit the vector columns split their products for.
    Random random = new Random(13);
    for (int each : new int[] {1, 2, 5, 6, 10, 11, 16, 21, 160}) {
      int columns = Math.max(1, 640 / each);
      int width = columns * each;
      byte[] data = new byte[width * 60 * 3];
      Arrays.fill(data, (byte) 255);
      assertSame(width, 60, PixelLayout.RGB, columns, 2, data);
      random.nextBytes(data);
      assertSame(width, 60, PixelLayout.BGR, columns, 7, data);
    }
  }

  @Test
  void aPoolerReusedFrameAfterFrameGivesWhatAFreshOneGives() {
    // Rows shared by two cell rows are read once for both: nothing may carry into the next frame.
    Random random = new Random(5);
    CellPooler reused = new CellPooler(101, 67, PixelLayout.RGB, 13, 19);
    for (int frame = 0; frame < 5; frame++) {
      byte[] data = new byte[101 * 67 * 3];
      random.nextBytes(data);
      float[] again = new float[13 * 19];
      float[] fresh = new float[13 * 19];
      reused.pool(data, again, null);
      new CellPooler(101, 67, PixelLayout.RGB, 13, 19, CellPooler.Path.PLAIN)
          .pool(data, fresh, null);
      assertThat(again).as("frame " + frame).containsExactly(fresh);
    }
  }

  private static void assertSame(
      int width, int height, PixelLayout layout, int columns, int rows, byte[] data) {
    int cells = columns * rows;
    float[] plainLuma = new float[cells];
    int[] plainColor = new int[cells];
    new CellPooler(width, height, layout, columns, rows, CellPooler.Path.PLAIN)
        .pool(data, plainLuma, plainColor);
    for (CellPooler.Path path : List.of(CellPooler.Path.LANES, CellPooler.Path.VECTOR)) {
      float[] fastLuma = new float[cells];
      int[] fastColor = new int[cells];
      new CellPooler(width, height, layout, columns, rows, path).pool(data, fastLuma, fastColor);
      String where =
          path + " " + width + "x" + height + " " + layout + " into " + columns + "x" + rows;
      assertThat(fastLuma).as(where).containsExactly(plainLuma);
      assertThat(fastColor).as(where).containsExactly(plainColor);
      float[] lumaOnly = new float[cells];
      new CellPooler(width, height, layout, columns, rows, path).pool(data, lumaOnly, null);
      assertThat(lumaOnly).as(where + " without colour").containsExactly(fastLuma);
    }
  }
}
