package dev.asciicall.ui.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class TileViewModelTest {

  @Test
  void qualityFollowsRoundTripAndLoss() {
    assertThat(ConnectionQuality.of(40, 0)).isEqualTo(ConnectionQuality.GOOD);
    assertThat(ConnectionQuality.of(40, 3)).isEqualTo(ConnectionQuality.FAIR);
    assertThat(ConnectionQuality.of(300, 0)).isEqualTo(ConnectionQuality.FAIR);
    assertThat(ConnectionQuality.of(900, 0)).isEqualTo(ConnectionQuality.POOR);
    assertThat(ConnectionQuality.of(40, 12)).isEqualTo(ConnectionQuality.POOR);
    assertThat(ConnectionQuality.of(Double.NaN, 0)).isEqualTo(ConnectionQuality.UNKNOWN);
    assertThat(ConnectionQuality.GOOD.bars()).isGreaterThan(ConnectionQuality.POOR.bars());
  }

  @Test
  void showConnectionSetsBarsAndWords() {
    TileViewModel tile = TileViewModel.forParticipant("p2", "Ada");
    assertThat(tile.qualityProperty().get()).isEqualTo(ConnectionQuality.UNKNOWN);

    tile.showConnection(32.4, 0.5);

    assertThat(tile.qualityProperty().get()).isEqualTo(ConnectionQuality.GOOD);
    assertThat(tile.qualityTextProperty().get()).isEqualTo("32 ms round trip · 0.5% lost");
  }

  @Test
  void volumeStaysBetweenSilentAndTwiceAsLoud() {
    TileViewModel tile = TileViewModel.forParticipant("p2", "Ada");
    assertThat(tile.volumeProperty().get()).isEqualTo(1.0);

    tile.volumeProperty().set(5);
    assertThat(tile.volumeProperty().get()).isEqualTo(TileViewModel.MAX_VOLUME);
    tile.volumeProperty().set(-1);
    assertThat(tile.volumeProperty().get()).isZero();
  }

  @Test
  void meAndOthersAreTold() {
    assertThat(TileViewModel.forMe("p1", "You").isMe()).isTrue();
    assertThat(TileViewModel.forParticipant("p2", "Ada").isMe()).isFalse();
  }
}
