package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.GlyphMetrics;
import dev.asciicall.ascii.Palette;
import dev.asciicall.testing.UnitTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@UnitTest
class ConvertCommandTest {

  @TempDir Path folder;
  private Path image;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeImage() throws IOException {
    // Left half black, right half white, 200x100.
    BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(100, 0, 100, 100);
    g.dispose();
    image = folder.resolve("half.png");
    ImageIO.write(picture, "png", image.toFile());
  }

  private int run(String... args) {
    CommandLine commandLine = Cli.commandLine(action -> {}, (columns, frames) -> "{}");
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void textIsOnlyTheRowsSoItCanBePiped() {
    int exit = run("convert", image.toString(), "--columns", "20", "--mode", "density");
    assertThat(exit).isZero();
    List<String> rows = out.toString().lines().toList();
    // 200x100 at 20 columns and the font's 1.93 aspect: 5 rows.
    assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row).hasSize(20));
    // Black is blank; white is one of the glyphs with the most ink (B, M and @ tie in the font).
    char white = rows.get(0).charAt(10);
    assertThat(GlyphMetrics.font().coverage(white))
        .isEqualTo(GlyphMetrics.font().coverage(Palette.LONG.glyph(Palette.LONG.size() - 1)));
    assertThat(rows.get(0)).isEqualTo(" ".repeat(10) + String.valueOf(white).repeat(10));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void ratioInvertPaletteAndSeveralImages() {
    int exit =
        run(
            "convert",
            image.toString(),
            image.toString(),
            "--ratio",
            "0.05",
            "--palette",
            "classic",
            "--invert",
            "--mode",
            "density");
    assertThat(exit).isZero();
    // 200x100 at 0.05: 10x2 per image, a blank line between the two images.
    assertThat(out.toString()).isEqualTo("@@@@@     \n@@@@@     \n\n@@@@@     \n@@@@@     \n");
  }

  @Test
  void colourFormatsAndPng() throws IOException {
    assertThat(run("convert", image.toString(), "--columns", "8", "--color", "--format", "ansi"))
        .isZero();
    assertThat(out.toString()).contains("\u001b[38;2;255;255;255m");
    Path html = folder.resolve("out.html");
    assertThat(run("convert", image.toString(), "--format", "html", "-o", html.toString()))
        .isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<pre>");
    Path png = folder.resolve("out.png");
    assertThat(
            run(
                "convert",
                image.toString(),
                "--columns",
                "40",
                "--format",
                "png",
                "-o",
                png.toString()))
        .isZero();
    BufferedImage rendered = ImageIO.read(png.toFile());
    assertThat(rendered.getWidth()).isGreaterThan(300);
    // Light glyphs on the right, black on the left.
    assertThat(rendered.getRGB(10, 10) & 0xFFFFFF).isZero();
  }

  @Test
  void brailleAndHalfBlockModes() {
    assertThat(run("convert", image.toString(), "--columns", "10", "--mode", "braille")).isZero();
    assertThat(out.toString().lines().findFirst().orElseThrow()).isEqualTo("⠀⠀⠀⠀⠀⣿⣿⣿⣿⣿");
  }

  @Test
  void badInputIsOneLineOnStderrAndExitTwo() throws IOException {
    Path garbage = Files.writeString(folder.resolve("garbage.png"), "not an image");
    String[][] cases = {
      {"convert", folder.resolve("missing.png").toString()},
      {"convert", garbage.toString()},
      {"convert", image.toString(), "--columns", "0"},
      {"convert", image.toString(), "--palette", "rainbow"},
      {"convert", image.toString(), "--chars", "x"},
      {"convert", image.toString(), "--mode", "sideways"},
      {"convert", image.toString(), "--format", "png"},
    };
    for (String[] args : cases) {
      StringWriter before = new StringWriter();
      err.getBuffer().setLength(0);
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.toString().lines().toList())
          .as(String.join(" ", args))
          .hasSize(1)
          .allSatisfy(
              line -> assertThat(line).startsWith("asciicall: ").doesNotContain("Exception"));
      assertThat(before.toString()).isEmpty();
    }
  }
}
