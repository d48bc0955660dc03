package dev.asciicall.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import dev.asciicall.ui.feed.TileLayout.Box;
import dev.asciicall.ui.feed.TileLayout.Request;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class TileLayoutTest {

  private static List<Box> arrange(
      int count, double width, double height, ViewMode mode, int mine, int focus, boolean pinned) {
    return TileLayout.arrange(new Request(count, width, height, mode, mine, focus, pinned));
  }

  @Test
  void galleryShowsEveryoneAlikeAndCentresAnUnfinishedLastRow() {
    List<Box> boxes = arrange(3, 1200, 900, ViewMode.GALLERY, 0, -1, false);

    assertThat(boxes).allMatch(Box::shown).noneMatch(Box::onTop);
    assertThat(boxes).extracting(Box::width).containsOnly(boxes.get(0).width());
    // Two above, one below in the middle.
    assertThat(boxes.get(2).y()).isGreaterThan(boxes.get(0).y());
    double middle = boxes.get(2).x() + boxes.get(2).width() / 2;
    assertThat(middle).isCloseTo(600, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void aNarrowerAreaWhenTheChatOpensStillGivesTheLargestTiles() {
    // Four people in a 960×520 area, then with a 300 px drawer open.
    Box wide = arrange(4, 960, 520, ViewMode.GALLERY, 0, -1, false).get(0);
    Box narrow = arrange(4, 660, 520, ViewMode.GALLERY, 0, -1, false).get(0);

    double wideArea = Math.min(wide.width(), wide.height() * TileLayout.TILE_ASPECT);
    double narrowArea = Math.min(narrow.width(), narrow.height() * TileLayout.TILE_ASPECT);
    // 2×2 either way: each picture keeps at least 70 % of its width.
    assertThat(narrowArea).isGreaterThan(0.7 * wideArea);
    assertThat(narrow.width()).isGreaterThan(300);
  }

  @Test
  void speakerViewShowsTheFocusLargeAndTheOthersInAStripBelow() {
    List<Box> boxes = arrange(4, 1200, 800, ViewMode.SPEAKER, 0, 2, false);

    Box focus = boxes.get(2);
    assertThat(focus.width()).isEqualTo(1200);
    assertThat(focus.height()).isGreaterThan(560);
    for (int i : new int[] {0, 1, 3}) {
      assertThat(boxes.get(i).shown()).isTrue();
      assertThat(boxes.get(i).y()).isGreaterThan(focus.y() + focus.height());
      assertThat(boxes.get(i).height()).isLessThan(focus.height() / 3);
    }
  }

  @Test
  void speakerViewWithoutASpeakerShowsTheFirstOtherPersonLarge() {
    List<Box> boxes = arrange(3, 1200, 800, ViewMode.SPEAKER, 0, -1, false);

    assertThat(boxes.get(1).width()).isEqualTo(1200);
    assertThat(boxes.get(0).width()).isLessThan(400);
  }

  @Test
  void aPinnedTileFillsTheAreaWithMyPictureInPictureInItsCorner() {
    List<Box> boxes = arrange(3, 1200, 800, ViewMode.GALLERY, 0, 2, true);

    assertThat(boxes.get(2)).isEqualTo(new Box(0, 0, 1200, 800, true, false));
    Box me = boxes.get(0);
    assertThat(me.shown()).isTrue();
    assertThat(me.onTop()).isTrue();
    assertThat(me.width()).isBetween(TileLayout.PIP_MIN_WIDTH, TileLayout.PIP_MAX_WIDTH);
    assertThat(me.x() + me.width()).isLessThanOrEqualTo(1200 - TileLayout.PIP_MARGIN + 0.01);
    assertThat(me.y() + me.height()).isLessThanOrEqualTo(800 - TileLayout.PIP_MARGIN + 0.01);
    assertThat(boxes.get(1).shown()).isFalse();
  }

  @Test
  void pinningMyOwnTileShowsOnlyMe() {
    List<Box> boxes = arrange(2, 800, 600, ViewMode.SPEAKER, 0, 0, true);

    assertThat(boxes.get(0)).isEqualTo(new Box(0, 0, 800, 600, true, false));
    assertThat(boxes.get(1).shown()).isFalse();
  }

  @Test
  void aloneInTheLobbyMyPictureFillsTheArea() {
    assertThat(arrange(1, 700, 500, ViewMode.SPEAKER, 0, -1, false))
        .containsExactly(new Box(0, 0, 700, 500, true, false));
  }
}
