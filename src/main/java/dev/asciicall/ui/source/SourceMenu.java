package dev.asciicall.ui.source;

import dev.asciicall.capture.CameraInfo;
import dev.asciicall.capture.Resolution;
import dev.asciicall.capture.SourceCatalog.SourceListing;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.ui.common.UiThread;
import java.io.File;
import java.util.Optional;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Camera menu: every camera with its resolutions (looked up afresh each time the menu opens, so
 * a camera plugged in later shows up without a restart), the demo scene, a still image, a folder of
 * images and the screen; the source shown now is ticked. FX thread only.
 */
public final class SourceMenu extends Menu {

  /** Frame rate for a folder played as a loop. */
  static final double FOLDER_FRAMES_PER_SECOND = 5;

  private final SourceChooser chooser;
  private final MenuItem searching = new MenuItem("Looking for cameras…");
  private final Menu cameras = new Menu("Cameras");
  // Each item that picks a source, with the source it picks when that is known beforehand (the
  // demo, a camera resolution) or its kind (an image or folder is asked for when clicked).
  private final java.util.Map<CheckMenuItem, java.util.function.Predicate<SourceSpec>> marks =
      new java.util.LinkedHashMap<>();

  public SourceMenu(SourceChooser chooser) {
    super("Camera");
    this.chooser = chooser;
    setId("menu-camera");
    cameras.setId("menu-cameras");
    searching.setDisable(true);
    cameras.getItems().setAll(searching);
    MenuItem demo =
        marked(
            item("Demo scene", "menu-source-demo", () -> chooser.choose(demoSpec())),
            spec ->
                spec instanceof SourceSpec.Demo shown
                    && shown.scene() == SourceSpec.DemoScene.PORTRAIT);
    MenuItem pattern =
        marked(
            item(
                "Test pattern", "menu-source-pattern", () -> chooser.choose(parse("demo:pattern"))),
            spec ->
                spec instanceof SourceSpec.Demo shown
                    && shown.scene() == SourceSpec.DemoScene.TEST_PATTERN);
    MenuItem image =
        marked(
            item("Still image…", "menu-source-image", this::pickImage),
            SourceSpec.Image.class::isInstance);
    MenuItem folder =
        marked(
            item("Folder of images…", "menu-source-folder", this::pickFolder),
            SourceSpec.Folder.class::isInstance);
    MenuItem screen =
        marked(
            item("Share my screen", "menu-source-screen", () -> chooser.choose(parse("screen"))),
            SourceSpec.Screen.class::isInstance);
    getItems().setAll(cameras, new SeparatorMenuItem(), demo, pattern, image, folder, screen);
    setOnShowing(event -> refresh(screen));
  }

  private MenuItem marked(CheckMenuItem item, java.util.function.Predicate<SourceSpec> shows) {
    marks.put(item, shows);
    return item;
  }

  /** Ticks the item of the source shown now, and only that one (and its camera's submenu). */
  private void markCurrent() {
    Optional<SourceSpec> current = chooser.current();
    marks.forEach(
        (item, shows) -> item.setSelected(current.isPresent() && shows.test(current.get())));
    boolean camera = current.isPresent() && current.get() instanceof SourceSpec.Camera;
    cameras.setGraphic(camera ? tick() : null);
  }

  private void refresh(MenuItem screen) {
    marks.keySet().removeIf(item -> !getItems().contains(item));
    markCurrent();
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
      SourceSpec best = cameraSpec(camera.name(), null);
      entry
          .getItems()
          .add(marked(item("Best available", null, () -> chooser.choose(best)), best::equals));
      for (Resolution resolution : camera.resolutions()) {
        SourceSpec spec = cameraSpec(camera.name(), resolution);
        entry
            .getItems()
            .add(
                marked(
                    item(resolution.toString(), null, () -> chooser.choose(spec)), spec::equals));
      }
      Optional<SourceSpec> current = chooser.current();
      if (current.isPresent()
          && current.get() instanceof SourceSpec.Camera shown
          && shown.name().filter(camera.name()::equals).isPresent()) {
        entry.setGraphic(tick());
      }
      cameras.getItems().add(entry);
    }
    markCurrent();
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

  private static CheckMenuItem item(String text, String id, Runnable action) {
    CheckMenuItem item = new CheckMenuItem(text);
    if (id != null) {
      item.setId(id);
    }
    item.setOnAction(event -> action.run());
    return item;
  }

  /** The mark beside a submenu that holds the source shown now. */
  private static javafx.scene.Node tick() {
    javafx.scene.control.Label tick = new javafx.scene.control.Label("✓");
    tick.getStyleClass().add("menu-tick");
    return tick;
  }

  private static MenuItem disabled(String text) {
    MenuItem item = new MenuItem(text);
    item.setDisable(true);
    return item;
  }
}
