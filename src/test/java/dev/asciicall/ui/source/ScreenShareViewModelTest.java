package dev.asciicall.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.capture.SourceCatalog.SourceListing;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.testing.UnitTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@UnitTest
class ScreenShareViewModelTest {

  /** Records what was shown and remembered. */
  private static final class Sources implements SourceChooser {
    final List<String> shown = new ArrayList<>();
    final List<String> remembered = new ArrayList<>();
    SourceSpec current = SourceSpec.parse("webcam:C920");

    @Override
    public CompletableFuture<SourceListing> available() {
      return new CompletableFuture<>();
    }

    @Override
    public void choose(SourceSpec spec) {
      remembered.add(spec.toString());
      current = spec;
    }

    @Override
    public void show(SourceSpec spec) {
      shown.add(spec.toString());
      current = spec;
    }

    @Override
    public Optional<SourceSpec> current() {
      return Optional.of(current);
    }
  }

  @Test
  void sharingShowsTheScreenForNowAndStoppingBringsTheCameraBack() {
    Sources sources = new Sources();
    ScreenShareViewModel share = new ScreenShareViewModel(sources);

    share.toggle();
    assertThat(share.sharingProperty().get()).isTrue();
    share.toggle();

    assertThat(share.sharingProperty().get()).isFalse();
    assertThat(sources.shown).containsExactly("screen", "webcam:C920");
    assertThat(sources.remembered).as("the next start opens the camera").isEmpty();
  }

  @Test
  void anotherSourcePickedWhileSharingEndsSharingWithoutGoingBack() {
    Sources sources = new Sources();
    ScreenShareViewModel share = new ScreenShareViewModel(sources);
    share.start();

    share.sourcePicked();
    share.stop();

    assertThat(sources.shown).containsExactly("screen");
  }
}
