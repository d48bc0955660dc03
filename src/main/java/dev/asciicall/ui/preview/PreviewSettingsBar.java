package dev.asciicall.ui.preview;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;

/** The sliders and toggles under the feeds, bound to a {@link PreviewSettingsViewModel}. */
public final class PreviewSettingsBar extends FlowPane {

  public PreviewSettingsBar(PreviewSettingsViewModel model) {
    super(12, 6);
    setPadding(new Insets(6, 10, 6, 10));
    setAlignment(Pos.CENTER_LEFT);

    Slider columns =
        slider("columns-slider", PreviewSettings.MIN_COLUMNS, PreviewSettings.MAX_COLUMNS, 1, 10);
    columns.setSnapToTicks(true);
    columns.valueProperty().bindBidirectional(model.columnsProperty());

    ComboBox<GlyphRamp> ramp = new ComboBox<>();
    ramp.setId("palette-choice");
    ramp.getItems().setAll(GlyphRamp.values());
    ramp.valueProperty().bindBidirectional(model.rampProperty());

    Slider contrast = slider("contrast-slider", 0.2, 3, 0.05, 0.1);
    contrast.valueProperty().bindBidirectional(model.contrastProperty());
    Slider brightness = slider("brightness-slider", -0.8, 0.8, 0.05, 0.1);
    brightness.valueProperty().bindBidirectional(model.brightnessProperty());

    getChildren()
        .addAll(
            new Label("Detail"),
            columns,
            new Label("Palette"),
            ramp,
            new Label("Contrast"),
            contrast,
            new Label("Brightness"),
            brightness,
            toggle("invert-toggle", "Invert", model.invertProperty()),
            toggle("colour-toggle", "Colour", model.colorProperty()),
            toggle("mirror-toggle", "Mirror", model.mirrorProperty()));
  }

  private static Slider slider(
      String id, double min, double max, double unit, double blockIncrement) {
    Slider slider = new Slider(min, max, min);
    slider.setId(id);
    slider.setMajorTickUnit(unit * 10);
    slider.setMinorTickCount(9);
    slider.setBlockIncrement(blockIncrement);
    slider.setPrefWidth(130);
    return slider;
  }

  private static CheckBox toggle(
      String id, String text, javafx.beans.property.BooleanProperty property) {
    CheckBox box = new CheckBox(text);
    box.setId(id);
    box.selectedProperty().bindBidirectional(property);
    return box;
  }
}
