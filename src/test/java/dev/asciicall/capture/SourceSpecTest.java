package dev.asciicall.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@UnitTest
class SourceSpecTest {

  @Test
  void parsesEveryForm() {
    assertThat(SourceSpec.parse("demo")).isEqualTo(new SourceSpec.Demo());
    assertThat(SourceSpec.parse("webcam")).isEqualTo(SourceSpec.Camera.any());
    assertThat(SourceSpec.parse("webcam:HD Cam /dev/video0"))
        .isEqualTo(new SourceSpec.Camera(Optional.of("HD Cam /dev/video0"), Optional.empty()));
    assertThat(SourceSpec.parse("webcam:C920@1280x720"))
        .isEqualTo(
            new SourceSpec.Camera(Optional.of("C920"), Optional.of(new Resolution(1280, 720))));
    assertThat(SourceSpec.parse("webcam@640x480"))
        .isEqualTo(new SourceSpec.Camera(Optional.empty(), Optional.of(new Resolution(640, 480))));
    assertThat(SourceSpec.parse("image:/tmp/me.png"))
        .isEqualTo(new SourceSpec.Image(Path.of("/tmp/me.png")));
    assertThat(SourceSpec.parse("folder:pics@12.5"))
        .isEqualTo(new SourceSpec.Folder(Path.of("pics"), 12.5));
    assertThat(SourceSpec.parse("folder:pics"))
        .isEqualTo(new SourceSpec.Folder(Path.of("pics"), 5));
    assertThat(SourceSpec.parse("screen")).isEqualTo(new SourceSpec.Screen(Optional.empty()));
    assertThat(SourceSpec.parse("screen:10,20,640,360"))
        .isEqualTo(new SourceSpec.Screen(Optional.of(new ScreenRegion(10, 20, 640, 360))));
    assertThat(SourceSpec.parse("  DEMO ")).isEqualTo(new SourceSpec.Demo());
    assertThat(SourceSpec.parse("demo:pattern"))
        .isEqualTo(new SourceSpec.Demo(SourceSpec.DemoScene.TEST_PATTERN));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo",
        "demo:pattern",
        "webcam",
        "webcam:HD Pro Webcam C920 /dev/video0",
        "webcam:Cam:2@320x240",
        "webcam@1920x1080",
        "image:/home/me/photo of me.jpg",
        "folder:/tmp/loop@5",
        "folder:/tmp/loop@2.5",
        "screen",
        "screen:0,0,1280,720"
      })
  void toStringRoundTripsThroughParse(String text) {
    SourceSpec spec = SourceSpec.parse(text);
    assertThat(spec.toString()).isEqualTo(text);
    assertThat(SourceSpec.parse(spec.toString())).isEqualTo(spec);
  }

  @Test
  void badInputGetsAMessageNamingTheFix() {
    assertThatThrownBy(() -> SourceSpec.parse("camera"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown source 'camera'")
        .hasMessageContaining("webcam[:NAME]");
    assertThatThrownBy(() -> SourceSpec.parse("image:"))
        .hasMessageContaining("'image' needs a path");
    assertThatThrownBy(() -> SourceSpec.parse("")).hasMessageContaining("no source given");
    assertThatThrownBy(() -> SourceSpec.parse("webcam:"))
        .hasMessageContaining("needs a camera name");
    assertThatThrownBy(() -> SourceSpec.parse("screen:1,2,3"))
        .hasMessageContaining("X,Y,WIDTH,HEIGHT");
    assertThatThrownBy(() -> SourceSpec.parse("screen:1,2,a,4"))
        .hasMessageContaining("'a' is not a whole number");
    assertThatThrownBy(() -> SourceSpec.parse("screen:0,0,0,4"))
        .hasMessageContaining("positive size");
    assertThatThrownBy(() -> SourceSpec.parse("folder:x@0"))
        .hasMessageContaining("between 0 and 60 fps");
    assertThatThrownBy(() -> SourceSpec.parse("demo:x"))
        .hasMessageContaining("unknown demo 'demo:x'")
        .hasMessageContaining("demo:pattern");
  }
}
