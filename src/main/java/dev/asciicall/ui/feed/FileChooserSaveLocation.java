package dev.asciicall.ui.feed;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user with the system's save dialog, starting in the folder used last. FX thread. */
public final class FileChooserSaveLocation implements SaveLocation {

  private final Supplier<Window> owner;
  private File lastFolder;

  public FileChooserSaveLocation(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public Optional<Path> choose(String title, String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(suggestedName);
    String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
    chooser
        .getExtensionFilters()
        .add(
            new FileChooser.ExtensionFilter(
                extension.toUpperCase(java.util.Locale.ROOT), "*." + extension));
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    File file = chooser.showSaveDialog(owner.get());
    if (file == null) {
      return Optional.empty();
    }
    lastFolder = file.getParentFile();
    return Optional.of(file.toPath());
  }
}
