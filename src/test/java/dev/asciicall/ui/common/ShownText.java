package dev.asciicall.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a labelled control really draws, for tests that check nothing is cut short. */
public final class ShownText {

  private ShownText() {}

  /** Its text as drawn: in full, or shortened with an ellipsis when it does not fit. */
  public static String of(Labeled labeled) {
    return labeled.lookupAll(".text").stream()
        .filter(node -> node instanceof Text text && text.getParent() == labeled)
        .map(node -> ((Text) node).getText())
        .findFirst()
        .orElse("");
  }
}
