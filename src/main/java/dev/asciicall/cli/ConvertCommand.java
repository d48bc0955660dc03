package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.Dither;
import dev.asciicall.ascii.Palette;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.ascii.Shade;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asciicall convert IMAGE…}: image files to ASCII art, like {@code img2txt}. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts PNG/JPEG images to ASCII art.",
      "Several images print one after another, separated by a blank line; -o takes one image."
    })
public final class ConvertCommand implements Callable<Integer> {

  enum Format {
    TEXT,
    ANSI,
    HTML,
    PNG
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "PNG or JPEG files.")
  List<Path> images;

  @Option(names = "--columns", description = "Characters across (default 128).")
  Integer columns;

  @Option(names = "--ratio", description = "One character per 1/R pixels across, 2/R down.")
  Double ratio;

  @Option(names = "--palette", description = "Built-in palette: ${COMPLETION-CANDIDATES}.")
  String palette;

  @Option(names = "--chars", description = "Custom palette, least ink first.")
  String chars;

  // Strings, parsed in call(): a bad value is then one line of bad input, not a usage dump.
  @Option(names = "--mode", description = "density (default), shape, braille or half-block.")
  String mode;

  @Option(names = "--dither", description = "none, ordered or error-diffusion.")
  String dither;

  @Option(names = "--invert", description = "Dark glyphs on a light background.")
  boolean invert;

  @Option(names = "--color", description = "Keep each cell's mean colour (ansi, html, png).")
  boolean color;

  @Option(names = "--format", description = "text (default), ansi, html or png.")
  String formatName = "text";

  private Format format;

  @Option(
      names = {"-o", "--output"},
      description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    ConversionSettings settings = settings();
    try {
      format = Format.valueOf(enumName(formatName, "format", Format.values()));
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badInput(e.getMessage());
    }
    if (output == null && format == Format.PNG) {
      throw UserFacingException.badInput("--format png needs -o FILE");
    }
    if (output != null && images.size() > 1) {
      throw UserFacingException.badInput("-o takes one image; got " + images.size());
    }
    AsciiConverter converter = new AsciiConverter();
    StringBuilder text = new StringBuilder();
    for (Path image : images) {
      // Decode everything first, so a bad file late in the list fails before anything prints.
      AsciiFrame frame = converter.convert(PixelImageFiles.read(image), settings);
      if (format == Format.PNG) {
        writePng(frame);
        return 0;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(encode(frame, image));
    }
    if (output != null) {
      try {
        Files.writeString(output, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw UserFacingException.failure("cannot write " + output + ": " + e.getMessage(), e);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return 0;
  }

  ConversionSettings settings() {
    ConversionSettings settings = ConversionSettings.defaults();
    try {
      if (columns != null && ratio != null) {
        throw UserFacingException.badInput("give --columns or --ratio, not both");
      }
      if (columns != null) {
        settings = settings.withColumns(columns);
      }
      if (ratio != null) {
        settings = settings.withRatio(ratio);
      }
      if (palette != null && chars != null) {
        throw UserFacingException.badInput("give --palette or --chars, not both");
      }
      if (palette != null) {
        settings = settings.withPalette(Palette.byName(palette));
      }
      if (chars != null) {
        settings = settings.withPalette(Palette.custom(chars));
      }
      if (mode != null) {
        settings = settings.withMode(parseMode(mode));
      }
      if (dither != null) {
        settings = settings.withDither(Dither.valueOf(enumName(dither, "dither", Dither.values())));
      }
      if (invert) {
        settings = settings.withShade(Shade.DARK_ON_LIGHT);
      }
      if (color) {
        settings = settings.withColor(ColorCapture.PER_CELL);
      }
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badInput(e.getMessage());
    }
    return settings;
  }

  private String encode(AsciiFrame frame, Path image) {
    return switch (format) {
      case ANSI -> FrameFormats.ansi(frame);
      case HTML -> FrameFormats.html(frame, image.getFileName().toString());
      default -> FrameFormats.text(frame);
    };
  }

  private void writePng(AsciiFrame frame) {
    try {
      if (!ImageIO.write(FrameImages.render(frame, 14f), "png", output.toFile())) {
        throw UserFacingException.failure("no PNG writer available", null);
      }
    } catch (IOException e) {
      throw UserFacingException.failure("cannot write " + output + ": " + e.getMessage(), e);
    }
  }

  static String enumName(String text, String what, Enum<?>[] values) {
    String name = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (Enum<?> value : values) {
      if (value.name().equals(name)) {
        return name;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Enum<?> value : values) {
      known.append(known.length() == 0 ? "" : ", ");
      known.append(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new IllegalArgumentException("unknown " + what + " '" + text + "'; known: " + known);
  }

  /** Accepts {@code half-block} as well as {@code HALF_BLOCK}. */
  static RenderMode parseMode(String value) {
    return RenderMode.valueOf(enumName(value, "mode", RenderMode.values()));
  }
}
