package dev.asciicall.ui.window;

import dev.asciicall.ui.controls.Shortcuts;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The Help menu: the keyboard shortcuts and About. FX thread only. */
final class HelpMenu extends Menu {

  HelpMenu(Supplier<Window> owner) {
    super("Help");
    setId("menu-help");
    MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
    shortcuts.setId("menu-shortcuts");
    shortcuts.setOnAction(event -> showShortcuts(owner.get()));
    MenuItem about = new MenuItem("About");
    about.setId("menu-about");
    about.setOnAction(event -> Dialogs.about(owner.get()));
    getItems().addAll(shortcuts, about);
  }

  private static void showShortcuts(Window owner) {
    GridPane table = new GridPane();
    table.setId("shortcuts-table");
    table.setHgap(16);
    table.setVgap(4);
    int row = 0;
    java.util.List<Map.Entry<String, String>> all = new java.util.ArrayList<>(Shortcuts.LISTED);
    all.addAll(dev.asciicall.ui.toolbar.CallToolbar.KEYS);
    for (Map.Entry<String, String> shortcut : all) {
      Label key = new Label(shortcut.getKey());
      key.setStyle("-fx-font-weight: bold;");
      table.addRow(row++, key, new Label(shortcut.getValue()));
    }
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.setTitle("Keyboard shortcuts");
    alert.setHeaderText("Keyboard shortcuts");
    alert.getDialogPane().setContent(table);
    alert.show();
  }
}
