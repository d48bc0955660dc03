package dev.asciicall.ui.source;

import dev.asciicall.capture.CameraInfo;
import dev.asciicall.capture.SourceCatalog.SourceListing;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.ui.common.UiThread;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The lobby's camera choice: a button naming the picture source, whose list is looked up afresh
 * each time it opens (cameras plugged in later appear), with the demo scene and the screen. Still
 * images and folders stay in the Camera menu. FX thread only.
 */
public final class CameraPicker extends MenuButton {

  private final SourceChooser chooser;
  private final MenuItem searching = new MenuItem("Looking for cameras…");

  public CameraPicker(SourceChooser chooser) {
    this.chooser = chooser;
    setId("camera-choice");
    searching.setDisable(true);
    getItems().setAll(searching);
    setOnShowing(event -> refresh());
    showCurrent();
  }

  /** Names the source shown now (after a pick made here or in the Camera menu). */
  public void showCurrent() {
    setText(chooser.current().map(CameraPicker::describe).orElse("Camera"));
  }

  static String describe(SourceSpec spec) {
    if (spec instanceof SourceSpec.Demo) {
      return "Demo scene";
    }
    if (spec instanceof SourceSpec.Camera camera) {
      return camera.name().orElse("Camera");
    }
    if (spec instanceof SourceSpec.Screen) {
      return "My screen";
    }
    if (spec instanceof SourceSpec.Image image) {
      return "Image " + image.path().getFileName();
    }
    if (spec instanceof SourceSpec.Folder folder) {
      return "Folder " + folder.path().getFileName();
    }
    return spec.toString();
  }

  private void refresh() {
    getItems().setAll(searching);
    chooser
        .available()
        .whenComplete(
            (listing, error) ->
                UiThread.runLater(
                    () -> {
                      if (error != null) {
                        getItems().setAll(disabled("Cameras could not be listed"), demo());
                      } else {
                        show(listing);
                      }
                    }));
  }

  private void show(SourceListing listing) {
    getItems().clear();
    for (CameraInfo camera : listing.cameras().cameras()) {
      getItems().add(pick(camera.name(), SourceSpec.parse("webcam:" + camera.name())));
    }
    if (getItems().isEmpty()) {
      getItems()
          .add(disabled(listing.cameras().problem().orElse("No camera found on this computer")));
    }
    getItems().addAll(new SeparatorMenuItem(), demo());
    MenuItem screen = pick("My screen", SourceSpec.parse("screen"));
    listing
        .screenUnavailable()
        .ifPresent(
            why -> {
              screen.setDisable(true);
              screen.setText("My screen (" + why + ")");
            });
    getItems().add(screen);
  }

  private MenuItem demo() {
    MenuItem demo = pick("Demo scene", SourceSpec.parse("demo"));
    demo.setId("camera-choice-demo");
    return demo;
  }

  private MenuItem pick(String text, SourceSpec spec) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(
        event -> {
          chooser.choose(spec);
          setText(describe(spec));
        });
    return item;
  }

  private static MenuItem disabled(String text) {
    MenuItem item = new MenuItem(text);
    item.setDisable(true);
    return item;
  }
}
