package dev.asciicall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.capture.SourceSpec;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The last chosen source and the sliders survive a restart. */
class PreviewPreferencesTest {

  private final Preferences node =
      Preferences.userRoot().node("asciicall-test-" + getClass().getSimpleName());

  @AfterEach
  void clear() throws Exception {
    node.removeNode();
  }

  @Test
  void theChosenCameraIsRememberedAcrossRestarts() {
    new PreviewPreferences(node)
        .saveSource(SourceSpec.parse("webcam:Studio Cam@1280x720").toString());
    PreviewPreferences afterRestart = new PreviewPreferences(node);
    assertThat(afterRestart.source().map(SourceSpec::parse))
        .contains(SourceSpec.parse("webcam:Studio Cam@1280x720"));
  }

  @Test
  void slidersAreRemembered() {
    PreviewSettings chosen =
        new PreviewSettings(150, GlyphRamp.BRAILLE, 1.5, 0.2, true, true, false);
    new PreviewPreferences(node).save(chosen);
    assertThat(new PreviewPreferences(node).load()).isEqualTo(chosen);
  }

  @Test
  void nothingChosenYetMeansNoSavedSource() {
    assertThat(new PreviewPreferences(node).source()).isEmpty();
  }
}
