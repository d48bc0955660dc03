package dev.asciicall.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class FeedGridTest {

  @Test
  void oneTileFillsTwoSitSideBySideAndFourMakeASquare() {
    assertThat(FeedGrid.bestColumns(1, 1200, 600)).isEqualTo(1);
    assertThat(FeedGrid.bestColumns(2, 1200, 600)).isEqualTo(2);
    assertThat(FeedGrid.bestColumns(4, 1200, 900)).isEqualTo(2);
  }

  @Test
  void aTallWindowStacksTiles() {
    assertThat(FeedGrid.bestColumns(2, 400, 1200)).isEqualTo(1);
  }

  @Test
  void aWideWindowPutsSixInOneOrTwoRows() {
    assertThat(FeedGrid.bestColumns(6, 3000, 400)).isEqualTo(6);
    assertThat(FeedGrid.bestColumns(6, 1600, 800)).isEqualTo(3);
  }
}
