package dev.asciicall.ui.feed;

/** How the tiles share the window: all alike in a grid, or one large with the others in a strip. */
public enum ViewMode {
  /** Every tile the same size, in the grid that keeps them largest. */
  GALLERY("Gallery"),
  /** The person speaking (or the pinned one) large, everyone else in a strip below. */
  SPEAKER("Speaker");

  private final String label;

  ViewMode(String label) {
    this.label = label;
  }

  /** The other mode: what the view switch changes to. */
  public ViewMode other() {
    return this == GALLERY ? SPEAKER : GALLERY;
  }

  @Override
  public String toString() {
    return label;
  }
}
