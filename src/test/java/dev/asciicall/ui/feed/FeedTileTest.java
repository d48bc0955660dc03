package dev.asciicall.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.TextFrames;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.testing.UiTest;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A tile draws only when there is something new, and no more often than it is allowed: pulses are
 * driven by hand with the animation clock's nanoseconds, so no timing is involved.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class FeedTileTest {

  private static final long MILLIS = 1_000_000;
  private static final AsciiFrame FIRST = TextFrames.ofLines("@@..", "..@@");
  private static final AsciiFrame SECOND = TextFrames.ofLines("..@@", "@@..");
  private static final AsciiFrame THIRD = TextFrames.ofLines("####", "####");

  private final LatestSlot<AsciiFrame> slot = new LatestSlot<>();
  private FeedTile tile;

  @Start
  void start(Stage stage) {
    // Not in a scene, so its own animation timer never runs: only the pulses below draw.
    tile = new FeedTile(TileViewModel.forMe("me", "Grace"), slot);
    tile.resize(320, 200);
  }

  @Test
  void aCappedTileDrawsTheNewestFrameNoSoonerThanItsIntervalAndNothingWhenNothingChanged(
      FxRobot robot) {
    robot.interact(
        () -> {
          tile.capFramesPerSecond(15);
          slot.offer(FIRST);
          tile.drain(0);
          assertThat(tile.framesDrawn()).isEqualTo(1);

          slot.offer(SECOND);
          tile.drain(10 * MILLIS);
          assertThat(tile.framesDrawn()).as("too soon after the last frame").isEqualTo(1);
          assertThat(tile.shownFrame()).isSameAs(FIRST);

          tile.drain(70 * MILLIS);
          assertThat(tile.framesDrawn()).isEqualTo(2);
          assertThat(tile.shownFrame()).isSameAs(SECOND);

          tile.drain(500 * MILLIS);
          tile.drain(600 * MILLIS);
          assertThat(tile.framesDrawn()).as("no new frame, nothing drawn").isEqualTo(2);

          tile.capFramesPerSecond(0);
          slot.offer(THIRD);
          tile.drain(601 * MILLIS);
          assertThat(tile.framesDrawn()).as("uncapped: the next pulse draws").isEqualTo(3);
          assertThat(tile.shownFrame()).isSameAs(THIRD);
        });
  }
}
