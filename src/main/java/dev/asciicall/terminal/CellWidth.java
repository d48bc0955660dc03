package dev.asciicall.terminal;

/**
 * Keeps every cell one column wide and harmless: a character a terminal would draw two columns wide
 * (East Asian wide, emoji), zero wide (combining marks, format characters) or act on (controls, so
 * escape sequences from a name, a chat line or a received palette never reach the terminal) becomes
 * {@link #REPLACEMENT}.
 */
final class CellWidth {

  static final char REPLACEMENT = '?';

  private CellWidth() {}

  static char sanitize(char c) {
    return isSingle(c) ? c : REPLACEMENT;
  }

  static boolean isSingle(char c) {
    if (c < 0x7F) {
      return c >= 0x20;
    }
    if (c < 0xA0 || Character.isSurrogate(c)) {
      return false;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR) {
      return false;
    }
    return !isWide(c);
  }

  /** East Asian Wide and Fullwidth blocks (Unicode 15, BMP), as wcwidth has them. */
  private static boolean isWide(char c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x231A && c <= 0x231B)
        || (c >= 0x2329 && c <= 0x232A)
        || (c >= 0x23E9 && c <= 0x23EC)
        || c == 0x23F0
        || c == 0x23F3
        || (c >= 0x25FD && c <= 0x25FE)
        || (c >= 0x2614 && c <= 0x2615)
        || (c >= 0x2648 && c <= 0x2653)
        || c == 0x267F
        || c == 0x2693
        || c == 0x26A1
        || (c >= 0x26AA && c <= 0x26AB)
        || (c >= 0x26BD && c <= 0x26BE)
        || (c >= 0x26C4 && c <= 0x26C5)
        || c == 0x26CE
        || c == 0x26D4
        || c == 0x26EA
        || (c >= 0x26F2 && c <= 0x26F3)
        || c == 0x26F5
        || c == 0x26FA
        || c == 0x26FD
        || c == 0x2705
        || (c >= 0x270A && c <= 0x270B)
        || c == 0x2728
        || c == 0x274C
        || c == 0x274E
        || (c >= 0x2753 && c <= 0x2755)
        || c == 0x2757
        || (c >= 0x2795 && c <= 0x2797)
        || c == 0x27B0
        || c == 0x27BF
        || (c >= 0x2B1B && c <= 0x2B1C)
        || c == 0x2B50
        || c == 0x2B55
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xA960 && c <= 0xA97F)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE10 && c <= 0xFE19)
        || (c >= 0xFE30 && c <= 0xFE6F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
  }
}
