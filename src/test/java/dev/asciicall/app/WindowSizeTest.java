package dev.asciicall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class WindowSizeTest {

  @Test
  void aFirstLaunchTakesSeventyPercentOfALargeScreenCentred() {
    WindowSize size = WindowSize.firstLaunch(0, 0, 1920, 1080);

    assertThat(size).isEqualTo(new WindowSize(288, 162, 1344, 756));
  }

  @Test
  void onASmallScreenItIsAtLeast960By640() {
    WindowSize size = WindowSize.firstLaunch(0, 24, 1280, 776);

    assertThat(size.width()).isEqualTo(960);
    assertThat(size.height()).isEqualTo(640);
    assertThat(size.x()).isEqualTo(160);
    assertThat(size.y()).isEqualTo(24 + 68);
  }

  @Test
  void neverLargerThanTheScreen() {
    WindowSize size = WindowSize.firstLaunch(0, 0, 800, 600);

    assertThat(size).isEqualTo(new WindowSize(0, 0, 800, 600));
    assertThat(WindowSize.minWidth(800)).isEqualTo(800);
    assertThat(WindowSize.minHeight(500)).isEqualTo(500);
    assertThat(WindowSize.minHeight(1080)).isEqualTo(WindowSize.MIN_HEIGHT);
  }
}
