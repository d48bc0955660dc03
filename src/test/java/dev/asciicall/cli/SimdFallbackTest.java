package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JVM started without {@code --add-modules jdk.incubator.vector} (a bare {@code java -jar}) must
 * still convert, on the plain path, to the same result, and say how to get the faster one. Runs the
 * real command line in a child JVM on this test's class path.
 */
@UnitTest
class SimdFallbackTest {

  @Test
  void withoutTheModuleTheCommandLineConvertsOnThePlainPathAndSaysHowToGetSimd() throws Exception {
    Result plain = run(List.of());
    Result simd = run(List.of("--add-modules", "jdk.incubator.vector"));

    assertThat(plain.exit).as(plain.err).isZero();
    assertThat(plain.out).contains("\"simd\":\"none\"");
    assertThat(plain.err)
        .contains("--add-modules jdk.incubator.vector")
        .doesNotContain("Exception");
    assertThat(simd.exit).as(simd.err).isZero();
    assertThat(simd.out).containsPattern("\"simd\":\"vector-(256|512)\"");
    assertThat(simd.err).doesNotContain("note:");
  }

  @Test
  void bothPathsDrawTheSameText() throws Exception {
    Path image = Path.of("target", "simd-fallback.png");
    writeTestImage(image);
    List<String> convert =
        List.of("convert", image.toString(), "--columns", "60", "--format", "text");
    Result plain = run(List.of(), convert);
    Result simd = run(List.of("--add-modules", "jdk.incubator.vector"), convert);
    assertThat(plain.exit).as(plain.err).isZero();
    assertThat(simd.exit).as(simd.err).isZero();
    assertThat(plain.out).isNotBlank().isEqualTo(simd.out);
  }

  private static void writeTestImage(Path file) throws IOException {
    java.awt.image.BufferedImage picture =
        new java.awt.image.BufferedImage(333, 207, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < picture.getHeight(); y++) {
      for (int x = 0; x < picture.getWidth(); x++) {
        boolean disc = Math.hypot(x - 160, y - 100) < 70;
        int grey = disc ? 230 : (x * 255 / picture.getWidth() + y) & 0xFF;
        picture.setRGB(x, y, grey << 16 | (grey ^ 0x30) << 8 | (255 - grey));
      }
    }
    file.getParent().toFile().mkdirs();
    javax.imageio.ImageIO.write(picture, "png", file.toFile());
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(List<String> jvmOptions) throws Exception {
    return run(
        jvmOptions,
        List.of(
            "bench",
            "convert",
            "--synthetic",
            "--width",
            "320",
            "--height",
            "180",
            "--warmup",
            "1",
            "--frames",
            "3"));
  }

  private static Result run(List<String> jvmOptions, List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.asciicall.app.Launcher");
    command.addAll(arguments);
    Path out = Path.of("target", "simd-fallback-" + System.nanoTime() + ".out");
    Path err = Path.of("target", "simd-fallback-" + System.nanoTime() + ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 60 s: " + command);
    }
    return new Result(
        process.exitValue(),
        java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
        java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
  }
}
