package dev.asciicall.ui.appearance;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Theme and text size chosen in the View menu. Every change is handed to the listener the app gives
 * (which remembers it in the preferences). FX thread only.
 */
public final class AppearanceViewModel {

  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
  private final ObjectProperty<FontSize> fontSize = new SimpleObjectProperty<>(this, "fontSize");

  public AppearanceViewModel(Theme initialTheme, FontSize initialFontSize) {
    theme.set(initialTheme);
    fontSize.set(initialFontSize);
  }

  public AppearanceViewModel() {
    this(Theme.DARK, FontSize.NORMAL);
  }

  /** Calls {@code listener} with the theme and text size after every change. */
  public void onChange(Consumer<AppearanceViewModel> listener) {
    theme.addListener(observable -> listener.accept(this));
    fontSize.addListener(observable -> listener.accept(this));
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public ObjectProperty<FontSize> fontSizeProperty() {
    return fontSize;
  }

  public Theme theme() {
    return theme.get() == null ? Theme.DARK : theme.get();
  }

  public FontSize fontSize() {
    return fontSize.get() == null ? FontSize.NORMAL : fontSize.get();
  }
}
