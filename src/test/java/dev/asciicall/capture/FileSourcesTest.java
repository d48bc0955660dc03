package dev.asciicall.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@UnitTest
class FileSourcesTest {

  @TempDir Path folder;

  private Path png(String name, int width, int height, int rgb) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, rgb);
      }
    }
    Path file = folder.resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  @Test
  void stillImageRepeatsItsPictureInRgb() throws Exception {
    Path file = png("me.png", 8, 6, 0x102030);
    try (ImageSource source = new ImageSource(file)) {
      source.open();
      VideoFrame first = source.read();
      VideoFrame second = source.read();
      assertThat(first.width()).isEqualTo(8);
      assertThat(first.height()).isEqualTo(6);
      assertThat(new byte[] {first.rgb()[0], first.rgb()[1], first.rgb()[2]})
          .containsExactly(0x10, 0x20, 0x30);
      assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
    }
  }

  @Test
  void largePhotosAreShrunkToFit() throws Exception {
    Path file = png("big.png", 2560, 1440, 0xFFFFFF);
    try (ImageSource source = new ImageSource(file)) {
      source.open();
      VideoFrame frame = source.read();
      assertThat(frame.width()).isEqualTo(1280);
      assertThat(frame.height()).isEqualTo(720);
    }
  }

  @Test
  void unreadableOrMissingImageSaysWhichFileAndWhy() throws Exception {
    Path text = Files.writeString(folder.resolve("notes.png"), "not a picture");
    assertThatThrownBy(() -> new ImageSource(text).open())
        .isInstanceOf(CaptureException.class)
        .hasMessageContaining("notes.png")
        .hasMessageContaining("PNG, JPEG, GIF or BMP");
    assertThatThrownBy(() -> new ImageSource(folder.resolve("gone.png")).open())
        .hasMessageContaining("gone.png does not exist");
  }

  @Test
  void folderLoopsInNameOrderSkippingUnreadableFilesWithAWarning() throws Exception {
    png("a.png", 4, 4, 0x010101);
    Files.writeString(folder.resolve("b.png"), "garbage");
    png("c.png", 4, 4, 0x030303);
    List<String> warnings = new ArrayList<>();
    try (FolderSource source = new FolderSource(folder, 5, warnings::add)) {
      source.open();
      List<Byte> firstBytes = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        firstBytes.add(source.read().rgb()[0]);
      }
      assertThat(firstBytes).containsExactly((byte) 1, (byte) 3, (byte) 1, (byte) 3, (byte) 1);
      assertThat(source.maxFramesPerSecond()).isEqualTo(5);
    }
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).startsWith("Skipping b.png:");
  }

  @Test
  void folderWithoutPicturesIsRefusedAtOpen() throws Exception {
    Files.writeString(folder.resolve("readme.txt"), "hello");
    assertThatThrownBy(() -> new FolderSource(folder, 5, w -> {}).open())
        .hasMessageContaining("has no picture this app can read");
    assertThatThrownBy(() -> new FolderSource(folder.resolve("nope"), 5, w -> {}).open())
        .hasMessageContaining("does not exist or is not a folder");
  }

  @Test
  void screenIsUnavailableHeadlessWithAPlainReason() {
    // Surefire runs with java.awt.headless=true, as on a server or CI machine.
    assertThat(ScreenSource.unavailableReason()).get().asString().contains("no display");
    assertThatThrownBy(() -> new ScreenSource(Optional.empty()).open())
        .isInstanceOf(CaptureException.class)
        .hasMessageContaining("Screen sharing needs a desktop session");
  }

  @Test
  void screenRegionIsClippedToTheScreenOrRefused() throws Exception {
    Rectangle screen = new Rectangle(0, 0, 1920, 1080);
    assertThat(ScreenSource.clip(Optional.of(new ScreenRegion(1800, 1000, 400, 400)), screen))
        .isEqualTo(new Rectangle(1800, 1000, 120, 80));
    assertThat(ScreenSource.clip(Optional.empty(), screen)).isEqualTo(screen);
    assertThatThrownBy(
            () -> ScreenSource.clip(Optional.of(new ScreenRegion(3000, 0, 10, 10)), screen))
        .hasMessage("Screen region 3000,0,10,10 lies outside the screen (1920x1080).");
  }

  @Test
  void rasterConversionHonoursBandOrderForEveryLayout() {
    for (int type :
        new int[] {
          BufferedImage.TYPE_3BYTE_BGR,
          BufferedImage.TYPE_4BYTE_ABGR,
          BufferedImage.TYPE_INT_RGB,
          BufferedImage.TYPE_INT_ARGB,
          BufferedImage.TYPE_INT_BGR
        }) {
      BufferedImage image = new BufferedImage(3, 2, type);
      image.setRGB(2, 1, 0xFFF80408);
      byte[] rgb = RgbImages.toRgb(image);
      int i = (1 * 3 + 2) * 3;
      assertThat(new int[] {rgb[i] & 0xFF, rgb[i + 1] & 0xFF, rgb[i + 2] & 0xFF})
          .as("image type %d", type)
          .containsExactly(0xF8, 0x04, 0x08);
    }
    BufferedImage custom = RgbImages.createRgb(3, 2);
    RgbImages.bytes(custom)[15] = 9;
    assertThat(RgbImages.toRgb(custom)[15]).isEqualTo((byte) 9);
  }
}
