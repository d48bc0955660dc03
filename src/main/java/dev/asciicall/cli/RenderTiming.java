package dev.asciicall.cli;

/**
 * Times drawing grids on the window's canvas, for {@code bench render}. The drawing code belongs to
 * the window, above the command line in the package graph, so the app hands this in as it hands in
 * the {@link GuiLauncher}.
 */
@FunctionalInterface
public interface RenderTiming {

  /**
   * Runs the benchmark and returns its one JSON line.
   *
   * @throws UnsupportedOperationException or {@link IllegalStateException} without a display
   */
  String run(int columns, int frames) throws Exception;
}
