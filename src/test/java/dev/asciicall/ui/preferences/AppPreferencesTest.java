package dev.asciicall.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.capture.SourceSpec;
import dev.asciicall.testing.UnitTest;
import dev.asciicall.ui.appearance.FontSize;
import dev.asciicall.ui.appearance.Theme;
import dev.asciicall.ui.preview.GlyphRamp;
import dev.asciicall.ui.preview.PreviewSettings;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The last chosen source and the sliders survive a restart. */
@UnitTest
class AppPreferencesTest {

  private final Preferences node =
      Preferences.userRoot().node("asciicall-test-" + getClass().getSimpleName());

  @AfterEach
  void clear() throws Exception {
    node.removeNode();
  }

  @Test
  void theChosenCameraIsRememberedAcrossRestarts() {
    new AppPreferences(node).saveSource(SourceSpec.parse("webcam:Studio Cam@1280x720").toString());
    AppPreferences afterRestart = new AppPreferences(node);
    assertThat(afterRestart.source().map(SourceSpec::parse))
        .contains(SourceSpec.parse("webcam:Studio Cam@1280x720"));
  }

  @Test
  void slidersAreRemembered() {
    PreviewSettings chosen =
        new PreviewSettings(150, GlyphRamp.BRAILLE, 1.5, 0.2, true, true, false);
    new AppPreferences(node).save(chosen);
    assertThat(new AppPreferences(node).load()).isEqualTo(chosen);
  }

  @Test
  void nothingChosenYetMeansNoSavedSource() {
    assertThat(new AppPreferences(node).source()).isEmpty();
  }

  @Test
  void themeTextSizeAndDevicesAreRemembered() {
    AppPreferences fresh = new AppPreferences(node);
    assertThat(fresh.theme()).isEqualTo(Theme.DARK);
    assertThat(fresh.fontSize()).isEqualTo(FontSize.NORMAL);

    fresh.saveAppearance(Theme.LIGHT, FontSize.LARGE);
    fresh.saveMicrophone("USB mic");
    fresh.saveSpeaker("Headset");

    AppPreferences afterRestart = new AppPreferences(node);
    assertThat(afterRestart.theme()).isEqualTo(Theme.LIGHT);
    assertThat(afterRestart.fontSize()).isEqualTo(FontSize.LARGE);
    assertThat(afterRestart.microphone()).contains("USB mic");
    assertThat(afterRestart.speaker()).contains("Headset");
  }

  @Test
  void anUnknownSavedThemeFallsBackToDark() {
    node.put("theme", "NEON");
    assertThat(new AppPreferences(node).theme()).isEqualTo(Theme.DARK);
  }
}
