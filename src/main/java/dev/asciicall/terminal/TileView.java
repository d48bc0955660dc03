package dev.asciicall.terminal;

import dev.asciicall.ascii.AsciiFrame;

/**
 * One tile as drawn: whose it is, the newest picture (null before the first) and the marks on its
 * title.
 *
 * @param safetyCode the digits to compare by voice, empty until known (never for my own tile)
 */
public record TileView(
    String name,
    AsciiFrame frame,
    boolean self,
    boolean muted,
    boolean cameraOff,
    boolean speaking,
    String safetyCode,
    boolean keyChanged) {

  public TileView {
    name = name == null ? "" : name;
    safetyCode = safetyCode == null ? "" : safetyCode;
  }
}
