package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiFrame;

/** Text encodings of a frame for {@code convert}: plain text, ANSI 24-bit colour, HTML. */
final class FrameFormats {

  private FrameFormats() {}

  /** Plain rows separated by newlines, ending in one; pipe-friendly. */
  static String text(AsciiFrame frame) {
    return frame.toText() + "\n";
  }

  /** 24-bit colour escapes per cell when the frame has colour, plain text otherwise. */
  static String ansi(AsciiFrame frame) {
    if (!frame.hasColor()) {
      return text(frame);
    }
    StringBuilder out = new StringBuilder();
    for (int row = 0; row < frame.rows(); row++) {
      for (int column = 0; column < frame.columns(); column++) {
        int fg = frame.foreground(column, row);
        out.append("\u001b[38;2;").append(rgb(fg, ';')).append('m');
        if (frame.hasBackground()) {
          out.append("\u001b[48;2;").append(rgb(frame.background(column, row), ';')).append('m');
        }
        out.append(frame.glyph(column, row));
      }
      out.append("\u001b[0m\n");
    }
    return out.toString();
  }

  /** A self-contained page: light on black, coloured spans when the frame has colour. */
  static String html(AsciiFrame frame, String title) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title>\n<style>body{background:#000;color:#e0e0e0;margin:0}")
        .append("pre{font-family:'DejaVu Sans Mono',monospace;font-size:12px;line-height:1.164;")
        .append("margin:8px}</style></head><body><pre>");
    for (int row = 0; row < frame.rows(); row++) {
      for (int column = 0; column < frame.columns(); column++) {
        String glyph = escape(String.valueOf(frame.glyph(column, row)));
        if (frame.hasColor()) {
          out.append("<span style=\"color:#").append(hex(frame.foreground(column, row)));
          if (frame.hasBackground()) {
            out.append(";background:#").append(hex(frame.background(column, row)));
          }
          out.append("\">").append(glyph).append("</span>");
        } else {
          out.append(glyph);
        }
      }
      out.append('\n');
    }
    return out.append("</pre></body></html>\n").toString();
  }

  private static String rgb(int color, char separator) {
    return (color >> 16 & 0xFF) + "" + separator + (color >> 8 & 0xFF) + separator + (color & 0xFF);
  }

  private static String hex(int color) {
    return String.format("%06x", color & 0xFFFFFF);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
