package dev.asciicall.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.capture.CameraDiscovery;
import dev.asciicall.capture.CameraInfo;
import dev.asciicall.capture.Resolution;
import dev.asciicall.capture.SourceCatalog.SourceListing;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.testing.UiTest;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.preview.PreviewSettings;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import dev.asciicall.ui.window.MainView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Camera menu, clicked like a user, against a fake chooser at the capture seam. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class SourceMenuTest {

  private final List<SourceSpec> chosen = new CopyOnWriteArrayList<>();
  private final AtomicReference<SourceListing> listing =
      new AtomicReference<>(
          new SourceListing(
              new CameraDiscovery(
                  List.of(
                      new CameraInfo(
                          "Studio Cam",
                          List.of(new Resolution(640, 480), new Resolution(1280, 720)))),
                  Optional.empty()),
              Optional.of("no desktop session")));

  private MainView view;

  @Start
  void start(Stage stage) {
    SourceChooser chooser =
        new SourceChooser() {
          @Override
          public CompletableFuture<SourceListing> available() {
            return CompletableFuture.supplyAsync(listing::get);
          }

          @Override
          public void choose(SourceSpec spec) {
            chosen.add(spec);
          }

          @Override
          public Optional<SourceSpec> current() {
            return chosen.isEmpty() ? Optional.empty() : Optional.of(chosen.get(chosen.size() - 1));
          }
        };
    FeedTile tile = new FeedTile("You", new LatestSlot<>());
    PreviewSettingsViewModel settings =
        new PreviewSettingsViewModel(PreviewSettings.DEFAULTS, next -> {});
    view = new MainView(tile, settings, chooser);
    stage.setScene(new Scene(view, 800, 500));
    stage.show();
  }

  /** Open menus belong to this test's scene; close them so the next test starts clean. */
  @AfterEach
  void closeMenus(FxRobot robot) {
    robot.interact(
        () -> {
          for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window instanceof PopupWindow) {
              window.hide();
            }
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void pickingACameraResolutionChoosesThatCamera(FxRobot robot) {
    robot.clickOn("Camera");
    robot.clickOn("Cameras");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Studio Cam");
    robot.clickOn("1280x720");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(chosen).containsExactly(SourceSpec.parse("webcam:Studio Cam@1280x720"));
  }

  @Test
  void theDemoSceneIsAlwaysThereAndTheScreenSaysWhyItIsUnavailable(FxRobot robot) {
    robot.clickOn("Camera");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("Share my screen (no desktop session)").tryQuery()).isPresent();
    robot.clickOn("Demo scene");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(chosen).containsExactly(SourceSpec.parse("demo"));
  }

  @Test
  void withNoCameraTheMenuSaysWhy(FxRobot robot) {
    listing.set(
        new SourceListing(
            new CameraDiscovery(List.of(), Optional.of("No camera found: is one plugged in?")),
            Optional.empty()));
    robot.clickOn("Camera");
    robot.clickOn("Cameras");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("No camera found: is one plugged in?").tryQuery()).isPresent();
  }

  @Test
  void theMenuTicksTheSourceShownNow(FxRobot robot) {
    robot.clickOn("Camera");
    robot.clickOn("Demo scene");
    robot.clickOn("Camera");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ticked(robot)).containsExactly("menu-source-demo");

    robot.clickOn("Cameras");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Studio Cam");
    robot.clickOn("640x480");
    robot.clickOn("Camera");
    robot.clickOn("Cameras");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Studio Cam");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ticked(robot))
        .as("the resolution is ticked and its camera and Cameras marked")
        .containsExactly("Cameras", "Studio Cam", "640x480");
  }

  /** The ticked items of the Camera menu: their ids, or their text when they have none. */
  private List<String> ticked(FxRobot robot) {
    List<String> found = new ArrayList<>();
    robot.interact(
        () ->
            view.menuBar().getMenus().stream()
                .filter(menu -> "menu-camera".equals(menu.getId()))
                .forEach(menu -> collectTicked(menu, found)));
    return found;
  }

  private static void collectTicked(javafx.scene.control.Menu menu, List<String> found) {
    for (javafx.scene.control.MenuItem item : menu.getItems()) {
      if (item instanceof javafx.scene.control.CheckMenuItem check && check.isSelected()) {
        found.add(check.getId() != null ? check.getId() : check.getText());
      }
      if (item instanceof javafx.scene.control.Menu inner) {
        if (inner.getGraphic() != null) {
          found.add(inner.getText());
        }
        collectTicked(inner, found);
      }
    }
  }
}
