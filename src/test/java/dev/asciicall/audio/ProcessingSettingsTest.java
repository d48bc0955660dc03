package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class ProcessingSettingsTest {

  @Test
  void readsTheCommandLineWordsAndWritesThemBack() {
    assertThat(ProcessingSettings.parse("all")).isEqualTo(ProcessingSettings.ALL);
    assertThat(ProcessingSettings.parse(" None ")).isEqualTo(ProcessingSettings.NONE);
    ProcessingSettings some = ProcessingSettings.parse("noise,echo");
    assertThat(some.has(ProcessingStage.ECHO)).isTrue();
    assertThat(some.has(ProcessingStage.NOISE)).isTrue();
    assertThat(some.has(ProcessingStage.GAIN)).isFalse();
    assertThat(some.toString()).isEqualTo("echo,noise");
    assertThat(ProcessingSettings.parse(some.toString())).isEqualTo(some);
    assertThat(ProcessingSettings.parse("echo,noise,gain")).isEqualTo(ProcessingSettings.ALL);
    assertThat(ProcessingSettings.ALL.toString()).isEqualTo("all");
  }

  @Test
  void aWordItDoesNotKnowIsOneLineThatListsTheChoices() {
    assertThatThrownBy(() -> ProcessingSettings.parse("echo,reverb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'echo,reverb'")
        .hasMessageContaining("all|none|echo,noise,gain");
    assertThatThrownBy(() -> ProcessingSettings.parse(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stagesSwitchOnAndOffOneByOne() {
    ProcessingSettings noGain = ProcessingSettings.ALL.without(ProcessingStage.GAIN);
    assertThat(noGain.describe()).isEqualTo("echo cancellation, noise suppression");
    assertThat(noGain.with(ProcessingStage.GAIN)).isEqualTo(ProcessingSettings.ALL);
    assertThat(ProcessingSettings.NONE.describe()).isEqualTo("no processing");
  }
}
