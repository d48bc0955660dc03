package dev.asciicall.ui.source;

import dev.asciicall.capture.CameraInfo;
import dev.asciicall.capture.Resolution;
import dev.asciicall.capture.SourceCatalog.SourceListing;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.ui.common.UiThread;
import java.io.File;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Camera menu: every camera with its resolutions (looked up afresh each time the menu opens, so
 * a camera plugged in later shows up without a restart), the demo scene, a still image, a folder of
 * images and the screen. FX thread only.
 */
public final class SourceMenu extends Menu {

  /** Frame rate for a folder played as a loop. */
  static final double FOLDER_FRAMES_PER_SECOND = 5;

  private final SourceChooser chooser;
  private final MenuItem searching = new MenuItem("Looking for cameras…");
  private final Menu cameras = new Menu("Cameras");

  public SourceMenu(SourceChooser chooser) {
    super("Camera");
    this.chooser = chooser;
    setId("menu-camera");
    cameras.setId("menu-cameras");
    searching.setDisable(true);
    cameras.getItems().setAll(searching);
    MenuItem demo = item("Demo scene", "menu-source-demo", () -> chooser.choose(demoSpec()));
    MenuItem pattern =
        item("Test pattern", "menu-source-pattern", () -> chooser.choose(parse("demo:pattern")));
    MenuItem image = item("Still image…", "menu-source-image", this::pickImage);
    MenuItem folder = item("Folder of images…", "menu-source-folder", this::pickFolder);
    MenuItem screen =
        item("Share my screen", "menu-source-screen", () -> chooser.choose(parse("screen")));
    getItems().setAll(cameras, new SeparatorMenuItem(), demo, pattern, image, folder, screen);
    setOnShowing(event -> refresh(screen));
  }

  private void refresh(MenuItem screen) {
    cameras.getItems().setAll(searching);
    chooser
        .available()
        .whenComplete(
            (listing, error) ->
                UiThread.runLater(
                    () -> {
                      if (error != null) {
                        cameras.getItems().setAll(disabled("Cameras could not be listed"));
                        return;
                      }
                      show(listing, screen);
                    }));
  }

  private void show(SourceListing listing, MenuItem screen) {
    cameras.getItems().clear();
    for (CameraInfo camera : listing.cameras().cameras()) {
      Menu entry = new Menu(camera.name());
      entry
          .getItems()
          .add(item("Best available", null, () -> chooser.choose(cameraSpec(camera.name(), null))));
      for (Resolution resolution : camera.resolutions()) {
        entry
            .getItems()
            .add(
                item(
                    resolution.toString(),
                    null,
                    () -> chooser.choose(cameraSpec(camera.name(), resolution))));
      }
      cameras.getItems().add(entry);
    }
    if (cameras.getItems().isEmpty()) {
      cameras
          .getItems()
          .add(disabled(listing.cameras().problem().orElse("No camera found on this computer")));
    }
    Optional<String> screenProblem = listing.screenUnavailable();
    screen.setDisable(screenProblem.isPresent());
    screen.setText(
        screenProblem.map(why -> "Share my screen (" + why + ")").orElse("Share my screen"));
  }

  private void pickImage() {
    FileChooser files = new FileChooser();
    files.setTitle("Show a still image");
    files
        .getExtensionFilters()
        .add(
            new FileChooser.ExtensionFilter(
                "Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
    File file = files.showOpenDialog(window());
    if (file != null) {
      chooser.choose(parse("image:" + file.getAbsolutePath()));
    }
  }

  private void pickFolder() {
    DirectoryChooser folders = new DirectoryChooser();
    folders.setTitle("Play a folder of images");
    File folder = folders.showDialog(window());
    if (folder != null) {
      chooser.choose(
          parse("folder:" + folder.getAbsolutePath() + "@" + (int) FOLDER_FRAMES_PER_SECOND));
    }
  }

  private Window window() {
    return getParentPopup() != null ? getParentPopup().getOwnerWindow() : null;
  }

  static SourceSpec demoSpec() {
    return parse("demo");
  }

  static SourceSpec cameraSpec(String name, Resolution resolution) {
    return parse("webcam:" + name + (resolution == null ? "" : "@" + resolution));
  }

  private static SourceSpec parse(String text) {
    return dev.asciicall.capture.SourceSpec.parse(text);
  }

  private static MenuItem item(String text, String id, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (id != null) {
      item.setId(id);
    }
    item.setOnAction(event -> action.run());
    return item;
  }

  private static MenuItem disabled(String text) {
    MenuItem item = new MenuItem(text);
    item.setDisable(true);
    return item;
  }
}
