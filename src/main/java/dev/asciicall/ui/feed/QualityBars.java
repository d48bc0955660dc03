package dev.asciicall.ui.feed;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/**
 * Three bars of rising height, lit by connection quality (coloured by the stylesheet through the
 * {@code good}/{@code fair}/{@code poor} classes); the tooltip gives round trip and loss. FX
 * thread.
 */
final class QualityBars extends HBox {

  private static final List<String> QUALITY_CLASSES = List.of("good", "fair", "poor", "unknown");

  private final Rectangle[] bars = new Rectangle[3];
  private final Tooltip tooltip = new Tooltip();

  QualityBars(ObservableValue<ConnectionQuality> quality, ObservableValue<String> qualityText) {
    super(2);
    setAlignment(Pos.BOTTOM_LEFT);
    getStyleClass().add("tile-quality");
    for (int i = 0; i < bars.length; i++) {
      bars[i] = new Rectangle(4, 5 + 4 * i);
      bars[i].getStyleClass().add("quality-bar");
      getChildren().add(bars[i]);
    }
    tooltip.textProperty().bind(qualityText);
    Tooltip.install(this, tooltip);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    show(quality.getValue());
    quality.addListener((observable, old, now) -> show(now));
  }

  private void show(ConnectionQuality quality) {
    ConnectionQuality shown = quality == null ? ConnectionQuality.UNKNOWN : quality;
    getStyleClass().removeAll(QUALITY_CLASSES);
    getStyleClass().add(shown.name().toLowerCase(java.util.Locale.ROOT));
    for (int i = 0; i < bars.length; i++) {
      bars[i].getStyleClass().remove("lit");
      if (i < shown.bars()) {
        bars[i].getStyleClass().add("lit");
      }
    }
  }
}
