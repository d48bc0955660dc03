package dev.asciicall.cli;

import dev.asciicall.capture.SourceSpec;
import picocli.CommandLine;

/**
 * Reads {@code --source demo|webcam[:NAME][@WxH]|image:PATH|folder:PATH[@FPS]|screen[:X,Y,W,H]} for
 * any command that needs a picture source. Use with {@code @Option(names = "--source", converter =
 * SourceSpecConverter.class)}; a bad value becomes a one-line usage error (exit 2).
 */
public final class SourceSpecConverter implements CommandLine.ITypeConverter<SourceSpec> {

  @Override
  public SourceSpec convert(String value) {
    try {
      return SourceSpec.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
