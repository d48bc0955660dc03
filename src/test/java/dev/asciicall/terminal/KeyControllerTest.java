package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class KeyControllerTest {

  private final RecordingControls controls = new RecordingControls();
  private final KeyController keys = new KeyController(controls, KeyMap.CALL);

  @Test
  void commandKeysAskTheCall() {
    type("mvpcdDq");

    assertThat(controls.calls)
        .containsExactly(
            "mute", "camera", "palette", "colour", "more detail", "less detail", "leave");
  }

  @Test
  void ctrlCLeavesFromAnyState() {
    type("t");
    keys.press(Key.of(Key.Type.INTERRUPT));

    assertThat(controls.calls).containsExactly("leave");
  }

  @Test
  void chatInputTypesALineThatEnterSends() {
    assertThat(keys.press(Key.of('t'))).isTrue();
    assertThat(keys.state().typing()).isTrue();

    type("hi mq?");
    keys.press(Key.of(Key.Type.BACKSPACE));
    keys.press(Key.of(Key.Type.BACKSPACE));
    assertThat(keys.state().chatDraft()).isEqualTo("hi m");
    keys.press(Key.of(Key.Type.ENTER));

    assertThat(controls.calls).as("m and q typed, not commands").containsExactly("chat:hi m");
    assertThat(keys.state()).isEqualTo(KeyState.INITIAL);
  }

  @Test
  void escapeDropsTheLineAndABlankLineIsNotSent() {
    type("tsecret");
    keys.press(Key.of(Key.Type.ESCAPE));
    type("t   ");
    keys.press(Key.of(Key.Type.ENTER));

    assertThat(controls.calls).isEmpty();
    assertThat(keys.state().typing()).isFalse();
  }

  @Test
  void aChatLineStopsAtTheProtocolsLimit() {
    type("t");
    for (int i = 0; i < KeyController.MAX_CHAT_CHARS + 20; i++) {
      keys.press(Key.of('x'));
    }

    assertThat(keys.state().chatDraft()).hasSize(KeyController.MAX_CHAT_CHARS);
  }

  @Test
  void helpAndSafetyCodesAreToggledOnScreenOnly() {
    assertThat(keys.press(Key.of('?'))).isTrue();
    assertThat(keys.state().helpShown()).isTrue();
    keys.press(Key.of(Key.Type.ESCAPE));
    assertThat(keys.state().helpShown()).isFalse();
    type("s");
    assertThat(keys.state().safetyCodesShown()).isTrue();
    type("s??");

    assertThat(keys.state().safetyCodesShown()).isFalse();
    assertThat(keys.state().helpShown()).isFalse();
    assertThat(controls.calls).isEmpty();
  }

  @Test
  void unboundKeysChangeNothing() {
    assertThat(keys.press(Key.of('x'))).isFalse();
    assertThat(keys.press(Key.of(Key.Type.UP))).isFalse();

    assertThat(controls.calls).isEmpty();
  }

  @Test
  void thePreviewHasNoCallKeys() {
    KeyController preview = new KeyController(controls, KeyMap.PREVIEW);
    for (char c : "mvtspcdDq".toCharArray()) {
      preview.press(Key.of(c));
    }

    assertThat(controls.calls)
        .containsExactly("palette", "colour", "more detail", "less detail", "leave");
    assertThat(preview.state().typing()).isFalse();
  }

  @Test
  void theDecoderTellsKeysFromEscapeSequences() {
    KeyDecoder decoder = new KeyDecoder();
    List<Key> decoded = new ArrayList<>();
    String input = "m\u001b[A\u001bOBq\r\u007f\u0003\u000c\u001b[1;5C";
    for (char c : input.toCharArray()) {
      Key key = decoder.feed(c);
      if (key != null) {
        decoded.add(key);
      }
    }
    decoder.feed('\u001b');
    decoded.add(decoder.idle());

    assertThat(decoded)
        .containsExactly(
            Key.of('m'),
            Key.of(Key.Type.UP),
            Key.of(Key.Type.DOWN),
            Key.of('q'),
            Key.of(Key.Type.ENTER),
            Key.of(Key.Type.BACKSPACE),
            Key.of(Key.Type.INTERRUPT),
            Key.of(Key.Type.REDRAW),
            Key.of(Key.Type.RIGHT),
            Key.of(Key.Type.ESCAPE));
    assertThat(decoder.idle()).isNull();
  }

  private void type(String text) {
    for (char c : text.toCharArray()) {
      keys.press(Key.of(c));
    }
  }
}
