package dev.asciicall.cli;

import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.codec.CodecException;
import dev.asciicall.codec.FrameDecoder;
import dev.asciicall.codec.FrameEncoder;
import dev.asciicall.codec.GlyphGrid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asciicall bench codec}: treats sorted images (or the demo scene) as a video, turns each
 * into an ASCII grid with one live converter and prints one JSON line of payload sizes and
 * encode/decode medians. Every decoded frame is checked against its input, so a fast but wrong
 * codec cannot pass.
 */
@Command(
    name = "codec",
    mixinStandardHelpOptions = true,
    description = "Measure the frame codec: payload sizes and encode/decode time as JSON.")
public final class BenchCodecCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Folder of images (PNG, JPEG) played in name order as a video.")
  Path input;

  @Option(
      names = "--demo",
      paramLabel = "FRAMES",
      description = "Use this many frames of the built-in demo scene (30 fps) instead of --input.")
  Integer demoFrames;

  @Option(names = "--columns", description = "Grid width in cells (default: ${DEFAULT-VALUE}).")
  int columns = 128;

  @Option(names = "--color", description = "Send a foreground colour per cell.")
  boolean color;

  // Null: the engine's default mode.
  @Option(names = "--mode", description = "Render mode (default: the engine's default).")
  String modeName;

  @Option(
      names = "--keyframe-interval",
      description = "A keyframe every this many frames (default: ${DEFAULT-VALUE}).")
  int keyframeInterval = FrameEncoder.DEFAULT_KEYFRAME_INTERVAL;

  @Option(
      names = "--passes",
      description = "Timed passes over the frames after one warm-up (default: ${DEFAULT-VALUE}).")
  int passes = 5;

  @Override
  public Integer call() {
    if (columns < 8 || columns > GlyphGrid.MAX_COLUMNS) {
      throw UserFacingException.badInput("--columns must be 8.." + GlyphGrid.MAX_COLUMNS);
    }
    if (keyframeInterval < 1 || passes < 1) {
      throw UserFacingException.badInput("--keyframe-interval and --passes must be at least 1");
    }
    List<GlyphGrid> frames = frames();
    CodecRun run = new CodecRun(frames, keyframeInterval);
    run.measureSizes();
    run.measureTimes(passes);
    spec.commandLine().getOut().println(run.json(color));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private List<GlyphGrid> frames() {
    RenderMode mode = ConversionSettings.defaults().mode();
    if (modeName != null) {
      try {
        mode = ConvertCommand.parseMode(modeName);
      } catch (IllegalArgumentException e) {
        throw UserFacingException.badInput(e.getMessage());
      }
    }
    BenchFootage footage = new BenchFootage(columns, mode, color);
    if (demoFrames != null && input == null) {
      if (demoFrames < 2) {
        throw UserFacingException.badInput("--demo needs at least 2 frames");
      }
      return footage.demo(demoFrames);
    }
    if (input == null || demoFrames != null) {
      throw UserFacingException.badInput("give either --input DIR or --demo FRAMES");
    }
    return footage.images(input);
  }

  /** One benchmark over a list of grids; not thread-safe. */
  static final class CodecRun {
    private final List<GlyphGrid> frames;
    private final int keyframeInterval;
    private final List<Double> bytes = new ArrayList<>();
    private final List<Double> keyframeBytes = new ArrayList<>();
    private final List<Double> textDeflateBytes = new ArrayList<>();
    private final List<Double> encodeMillis = new ArrayList<>();
    private final List<Double> decodeMillis = new ArrayList<>();

    CodecRun(List<GlyphGrid> frames, int keyframeInterval) {
      this.frames = frames;
      this.keyframeInterval = keyframeInterval;
    }

    void measureSizes() {
      try (FrameEncoder stream = new FrameEncoder(keyframeInterval);
          FrameEncoder keyframesOnly = new FrameEncoder(1)) {
        for (GlyphGrid frame : frames) {
          bytes.add((double) stream.encode(frame).length);
          keyframeBytes.add((double) keyframesOnly.encode(frame).length);
          textDeflateBytes.add((double) BenchFootage.deflatedTextBytes(frame));
        }
      }
    }

    void measureTimes(int passes) {
      for (int pass = 0; pass <= passes; pass++) {
        try (FrameEncoder encoder = new FrameEncoder(keyframeInterval);
            FrameDecoder decoder = new FrameDecoder()) {
          for (GlyphGrid frame : frames) {
            long start = System.nanoTime();
            byte[] payload = encoder.encode(frame);
            long encoded = System.nanoTime();
            GlyphGrid decoded = decode(decoder, payload);
            long end = System.nanoTime();
            if (!decoded.equals(frame.withQuantizedColors())) {
              throw UserFacingException.failure("decoded frame differs from the input", null);
            }
            if (pass > 0) {
              encodeMillis.add((encoded - start) / 1e6);
              decodeMillis.add((end - encoded) / 1e6);
            }
          }
        }
      }
    }

    private static GlyphGrid decode(FrameDecoder decoder, byte[] payload) {
      try {
        return decoder.decode(payload);
      } catch (CodecException e) {
        throw UserFacingException.failure("codec failed on its own output: " + e.getMessage(), e);
      }
    }

    String json(boolean color) {
      GlyphGrid first = frames.get(0);
      return String.format(
          Locale.ROOT,
          "{\"frames\":%d,\"columns\":%d,\"rows\":%d,\"mode\":\"%s\",\"color\":%b,"
              + "\"keyframe_interval\":%d,"
              + "\"text_bytes\":%d,\"bytes_median\":%.0f,\"bytes_mean\":%.1f,"
              + "\"keyframe_bytes_median\":%.0f,\"text_deflate_bytes_median\":%.0f,"
              + "\"encode_ms_median\":%.4f,"
              + "\"decode_ms_median\":%.4f}",
          frames.size(),
          first.columns(),
          first.rows(),
          mode(first),
          color,
          keyframeInterval,
          BenchFootage.textBytes(first),
          median(bytes),
          bytes.stream().mapToDouble(Double::doubleValue).average().orElse(0),
          median(keyframeBytes),
          median(textDeflateBytes),
          median(encodeMillis),
          median(decodeMillis));
    }

    private static String mode(GlyphGrid grid) {
      RenderMode[] modes = RenderMode.values();
      return grid.mode() < modes.length
          ? modes[grid.mode()].name().toLowerCase(Locale.ROOT).replace('_', '-')
          : String.valueOf(grid.mode());
    }

    static double median(List<Double> values) {
      List<Double> sorted = new ArrayList<>(values);
      sorted.sort(null);
      int middle = sorted.size() / 2;
      return sorted.size() % 2 == 1
          ? sorted.get(middle)
          : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
  }
}
