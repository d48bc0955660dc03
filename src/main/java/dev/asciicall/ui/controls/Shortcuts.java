package dev.asciicall.ui.controls;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Single-key shortcuts (M mutes, V switches the camera) for the whole window. They are not menu
 * accelerators because a plain letter must still type into the chat field: keys pressed while a
 * text field has the focus are left alone. Shortcuts with a modifier (Ctrl+T, F11, Ctrl+Shift+C)
 * are menu accelerators. FX thread only.
 */
public final class Shortcuts {

  /** What the Help menu lists: keys and what they do, in order. */
  public static final List<Map.Entry<String, String>> LISTED =
      List.of(
          Map.entry("Ctrl+H", "Host a call (port, call name, passphrase)"),
          Map.entry("Ctrl+J", "Join a call by address or invite, recent or nearby"),
          Map.entry("M", "Mute or unmute your microphone"),
          Map.entry("V", "Turn your camera off or on"),
          Map.entry("Ctrl+T", "Show or hide the chat"),
          Map.entry("F11", "Full screen"),
          Map.entry("Ctrl+Shift+C", "Copy your current picture as text"),
          Map.entry("Double-click a tile", "Pin it to fill the window (again to show all)"),
          Map.entry("Right-click a tile", "Pin, save as PNG or text"));

  private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

  public Shortcuts(CallControlsViewModel controls) {
    actions.put(new KeyCodeCombination(KeyCode.M), controls::toggleMicrophone);
    actions.put(new KeyCodeCombination(KeyCode.V), controls::toggleCamera);
  }

  /** Listens for the keys on {@code scene}; call once when the window's scene is set. */
  public void install(Scene scene) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          Node focus = scene.getFocusOwner();
          if (focus instanceof TextInputControl) {
            return;
          }
          for (Map.Entry<KeyCombination, Runnable> entry : actions.entrySet()) {
            if (entry.getKey().match(event)) {
              entry.getValue().run();
              event.consume();
              return;
            }
          }
        });
  }
}
