package dev.asciicall.ui.window;

import dev.asciicall.ascii.RenderMode;
import dev.asciicall.ui.appearance.AppearanceViewModel;
import dev.asciicall.ui.appearance.FontSize;
import dev.asciicall.ui.appearance.Theme;
import dev.asciicall.ui.feed.ViewMode;
import dev.asciicall.ui.preview.GlyphRamp;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The View menu: palette, drawing mode and colour of what I send; theme and text size of the
 * window; gallery or speaker layout; the chat (Ctrl+T), people (Ctrl+P) and settings (Ctrl+,)
 * drawers, full screen (F11) and copying my picture as text (Ctrl+Shift+C). FX thread only.
 */
final class ViewMenu extends Menu {

  /** What the menu's window-level items do; MainView knows the stage and the local tile. */
  record Actions(
      Runnable toggleChat,
      Runnable togglePeople,
      Runnable toggleSettings,
      Runnable toggleFullScreen,
      Runnable copyMyFrame) {}

  ViewMenu(
      PreviewSettingsViewModel settings,
      AppearanceViewModel appearance,
      ObjectProperty<ViewMode> viewMode,
      Actions actions) {
    super("View");
    setId("menu-view");
    Menu palette = choices("Palette", "menu-palette", GlyphRamp.values(), settings.rampProperty());
    Menu mode = modes(settings.rampProperty());
    CheckMenuItem color = new CheckMenuItem("Colour");
    color.setId("menu-colour");
    color.selectedProperty().bindBidirectional(settings.colorProperty());
    Menu theme = choices("Theme", "menu-theme", Theme.values(), appearance.themeProperty());
    Menu fontSize =
        choices("Text size", "menu-font-size", FontSize.values(), appearance.fontSizeProperty());
    MenuItem chat =
        item("Chat", "menu-chat", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
    chat.setOnAction(event -> actions.toggleChat().run());
    MenuItem people =
        item(
            "People",
            "menu-people",
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
    people.setOnAction(event -> actions.togglePeople().run());
    MenuItem sheet =
        item(
            "Settings…",
            "menu-settings",
            new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
    sheet.setOnAction(event -> actions.toggleSettings().run());
    Menu layout = choices("Layout", "menu-layout", ViewMode.values(), viewMode);
    MenuItem fullScreen =
        item("Full screen", "menu-full-screen", new KeyCodeCombination(KeyCode.F11));
    fullScreen.setOnAction(event -> actions.toggleFullScreen().run());
    MenuItem copy =
        item(
            "Copy my frame as text",
            "menu-copy-frame",
            new KeyCodeCombination(
                KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    copy.setOnAction(event -> actions.copyMyFrame().run());
    getItems()
        .addAll(
            palette,
            mode,
            color,
            new SeparatorMenuItem(),
            theme,
            fontSize,
            new SeparatorMenuItem(),
            layout,
            chat,
            people,
            sheet,
            fullScreen,
            copy);
  }

  /** One radio item per value, kept in step with the property both ways. */
  private static <T> Menu choices(String text, String id, T[] values, ObjectProperty<T> property) {
    Menu menu = new Menu(text);
    menu.setId(id);
    ToggleGroup group = new ToggleGroup();
    for (T value : values) {
      RadioMenuItem item = new RadioMenuItem(value.toString());
      item.setId(id + "-" + value.toString().toLowerCase(java.util.Locale.ROOT));
      item.setToggleGroup(group);
      item.setSelected(value == property.get());
      item.setOnAction(event -> property.set(value));
      property.addListener((observable, old, now) -> item.setSelected(now == value));
      menu.getItems().add(item);
    }
    return menu;
  }

  /**
   * Density, shape-aware, likeness, braille or half-block drawing. Each palette implies a mode, so
   * choosing a mode picks the palette that draws that way (density keeps the current density
   * palette if there is one).
   */
  private static Menu modes(ObjectProperty<GlyphRamp> ramp) {
    Menu menu = new Menu("Mode");
    menu.setId("menu-mode");
    ToggleGroup group = new ToggleGroup();
    addMode(menu, group, ramp, "Density", RenderMode.DENSITY, GlyphRamp.LONG);
    addMode(menu, group, ramp, "Shape-aware", RenderMode.SHAPE, GlyphRamp.SHAPES);
    addMode(menu, group, ramp, "Likeness", RenderMode.LIKENESS, GlyphRamp.LIKENESS);
    addMode(menu, group, ramp, "Braille", RenderMode.BRAILLE, GlyphRamp.BRAILLE);
    addMode(menu, group, ramp, "Half blocks", RenderMode.HALF_BLOCK, GlyphRamp.HALF_BLOCKS);
    return menu;
  }

  private static void addMode(
      Menu menu,
      ToggleGroup group,
      ObjectProperty<GlyphRamp> ramp,
      String text,
      RenderMode mode,
      GlyphRamp first) {
    RadioMenuItem item = new RadioMenuItem(text);
    item.setId("menu-mode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
    item.setToggleGroup(group);
    Consumer<GlyphRamp> show = now -> item.setSelected(now != null && now.mode() == mode);
    show.accept(ramp.get());
    ramp.addListener((observable, old, now) -> show.accept(now));
    item.setOnAction(
        event -> {
          if (ramp.get() == null || ramp.get().mode() != mode) {
            ramp.set(first);
          }
        });
    menu.getItems().add(item);
  }

  private static MenuItem item(String text, String id, KeyCombination accelerator) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    item.setAccelerator(accelerator);
    return item;
  }
}
