package dev.asciicall.ascii;

import java.time.Duration;
import java.util.Random;

/**
 * Runs the Vector API path and the plain path of the engine side by side on a small picture until
 * C2 has compiled the vector one, which shows as it becoming the faster: before that its operations
 * run as Java fallbacks, tens of times slower. Runs on {@link SimdEngine}'s {@code simd-warmup}
 * thread, once per process; touches nothing shared but the engine's compiled code.
 */
final class SimdWarmUp {

  private static final int WIDTH = 320;
  private static final int HEIGHT = 180;
  private static final int ROUND = 40; // conversions per path per round
  private static final int FIRST_JUDGED_ROUND = 10;
  // Compiled, the vector path is about twice as fast; interpreted, ten to a hundred times slower.
  private static final double COMPILED = 1.2;

  private SimdWarmUp() {}

  /** True once the vector path is compiled; false if that did not happen within {@code limit}. */
  static boolean run(Duration limit) {
    Random random = new Random(17);
    byte[] picture = new byte[WIDTH * HEIGHT * 3];
    random.nextBytes(picture);
    float[] tones = new float[32 * 3 * 9 * 3];
    for (int i = 0; i < tones.length; i++) {
      tones[i] = random.nextInt(3) == 0 ? 0.5f : random.nextFloat(); // flat cells and edges
    }
    Work vector = new Work(CellPooler.Path.VECTOR, ShapeMatcher.withSimd(Palette.LONG));
    Work plain = new Work(CellPooler.Path.LANES, ShapeMatcher.withoutSimd(Palette.LONG));
    long deadline = System.nanoTime() + limit.toNanos();
    for (int round = 0; System.nanoTime() < deadline; round++) {
      long vectorNanos = vector.time(picture, tones);
      long plainNanos = plain.time(picture, tones);
      if (round >= FIRST_JUDGED_ROUND && vectorNanos < plainNanos * COMPILED) {
        return true;
      }
    }
    return false;
  }

  /** What a converter does per frame, minus the tone curve: both poolers' paths and a match. */
  private static final class Work {
    private final CellPooler shapeGrid;
    private final CellPooler densityGrid;
    private final ShapeMatcher matcher;
    private final float[] luma = new float[96 * 27];
    private final int[] color = new int[96 * 27];
    private final byte[] indices = new byte[32 * 9];

    Work(CellPooler.Path path, ShapeMatcher matcher) {
      this.shapeGrid = new CellPooler(WIDTH, HEIGHT, PixelLayout.RGB, 96, 27, path);
      this.densityGrid = new CellPooler(WIDTH, HEIGHT, PixelLayout.RGB, 32, 9, path);
      this.matcher = matcher;
    }

    long time(byte[] picture, float[] tones) {
      long start = System.nanoTime();
      for (int i = 0; i < ROUND; i++) {
        shapeGrid.pool(picture, luma, null);
        // With colour and without: the two ways a density grid's columns are pooled.
        densityGrid.pool(picture, luma, (i & 1) == 0 ? color : null);
        matcher.match(tones, 32, 9, indices);
      }
      return System.nanoTime() - start;
    }
  }
}
