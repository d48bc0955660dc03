package dev.asciicall.ui.feed;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks where to save a file. The app asks the user with a file chooser; tests answer with a path in
 * a temporary folder. FX thread.
 */
@FunctionalInterface
public interface SaveLocation {

  /**
   * @param title the dialog title, e.g. "Save Ada's picture as PNG"
   * @param suggestedName a file name to start from, e.g. {@code ada-20261121-101500.png}
   * @return the chosen file, or empty when the user cancelled
   */
  Optional<Path> choose(String title, String suggestedName);
}
