package dev.asciicall.ui.preview;

import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The picture settings of the settings sheet (detail, palette, tone, invert, colour, mirror), as
 * properties. Every change produces one new {@link PreviewSettings} for the listener; the pipeline
 * swaps converters atomically, so dragging a slider never queues frames. FX thread only.
 */
public final class PreviewSettingsViewModel {

  private final IntegerProperty columns = new SimpleIntegerProperty();
  private final ObjectProperty<GlyphRamp> ramp = new SimpleObjectProperty<>();
  private final DoubleProperty contrast = new SimpleDoubleProperty();
  private final DoubleProperty brightness = new SimpleDoubleProperty();
  private final BooleanProperty invert = new SimpleBooleanProperty();
  private final BooleanProperty color = new SimpleBooleanProperty();
  private final BooleanProperty mirror = new SimpleBooleanProperty();

  public PreviewSettingsViewModel(PreviewSettings initial, Consumer<PreviewSettings> onChange) {
    load(initial);
    for (Observable property :
        new Observable[] {columns, ramp, contrast, brightness, invert, color, mirror}) {
      property.addListener(observable -> onChange.accept(settings()));
    }
  }

  private void load(PreviewSettings settings) {
    columns.set(settings.columns());
    ramp.set(settings.ramp());
    contrast.set(settings.contrast());
    brightness.set(settings.brightness());
    invert.set(settings.invert());
    color.set(settings.color());
    mirror.set(settings.mirror());
  }

  /** Back to the defaults (the settings sheet's Reset). */
  public void reset() {
    load(PreviewSettings.DEFAULTS);
  }

  /** The current choice as a value; clamps what a slider may overshoot. */
  public PreviewSettings settings() {
    return new PreviewSettings(
        Math.max(PreviewSettings.MIN_COLUMNS, Math.min(PreviewSettings.MAX_COLUMNS, columns.get())),
        ramp.get() == null ? PreviewSettings.DEFAULTS.ramp() : ramp.get(),
        Math.max(0.1, Math.min(4, contrast.get())),
        Math.max(-1, Math.min(1, brightness.get())),
        invert.get(),
        color.get(),
        mirror.get());
  }

  public IntegerProperty columnsProperty() {
    return columns;
  }

  public ObjectProperty<GlyphRamp> rampProperty() {
    return ramp;
  }

  public DoubleProperty contrastProperty() {
    return contrast;
  }

  public DoubleProperty brightnessProperty() {
    return brightness;
  }

  public BooleanProperty invertProperty() {
    return invert;
  }

  public BooleanProperty colorProperty() {
    return color;
  }

  public BooleanProperty mirrorProperty() {
    return mirror;
  }
}
