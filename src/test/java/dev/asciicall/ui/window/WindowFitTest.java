package dev.asciicall.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioDevices;
import dev.asciicall.audio.AudioEvent.Direction;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStatus;
import dev.asciicall.capture.SourceCatalog.SourceListing;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.testing.UiTest;
import dev.asciicall.ui.appearance.FontSize;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.preview.PreviewSettings;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import dev.asciicall.ui.source.SourceChooser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing leaves the window or is cut short: every control stays inside a 960×640 window at every
 * text size, and labels show their words in full.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class WindowFitTest {

  private Stage stage;
  private MainView view;
  private WindowModels models;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    SourceChooser chooser =
        new SourceChooser() {
          @Override
          public CompletableFuture<SourceListing> available() {
            return new CompletableFuture<>();
          }

          @Override
          public void choose(SourceSpec spec) {}
        };
    models = WindowModels.defaults();
    view =
        new MainView(
            new FeedTile(TileViewModel.forMe("me", "Grace"), new LatestSlot<>()),
            new PreviewSettingsViewModel(PreviewSettings.DEFAULTS, next -> {}),
            chooser,
            models);
    stage.setScene(new Scene(view, 960, 640));
    stage.sizeToScene();
    stage.show();
  }

  private static List<Control> visibleControls(Parent root) {
    List<Control> found = new ArrayList<>();
    collect(root, found);
    return found;
  }

  private static void collect(Node node, List<Control> found) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Control control) {
      found.add(control);
    }
    if (node instanceof ScrollPane) {
      // What it holds scrolls into view; the scroll pane itself must fit.
      return;
    }
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
    }
  }

  /** What a labelled control draws: its text, or the shortened one ending in an ellipsis. */
  static String shownText(Labeled labeled) {
    return dev.asciicall.ui.common.ShownText.of(labeled);
  }

  @Test
  void atEveryTextSizeEveryControlStaysInsideTheWindow(FxRobot robot) {
    assertEveryControlInside(robot, "lobby");
    robot.interact(
        () ->
            models
                .call()
                .statusChanged(new CallStatus(CallState.HOSTING, "Standup", "Hosting 'Standup'")));
    assertEveryControlInside(robot, "call");
  }

  private void assertEveryControlInside(FxRobot robot, String where) {
    for (FontSize size : FontSize.values()) {
      for (boolean drawerOpen : new boolean[] {false, true}) {
        robot.interact(
            () -> {
              models.appearance().fontSizeProperty().set(size);
              if (view.sidePanel().chatToggle().isSelected() != drawerOpen) {
                view.sidePanel().toggleChat();
              }
            });
        WaitForAsyncUtils.waitForFxEvents();
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        for (Control control : visibleControls(view)) {
          Bounds bounds = control.localToScene(control.getLayoutBounds());
          assertThat(bounds.getMaxX())
              .as("%s, %s text, drawer %s: right edge of %s", where, size, drawerOpen, control)
              .isLessThanOrEqualTo(width + 0.5);
          assertThat(bounds.getMaxY())
              .as("%s, %s text, drawer %s: bottom edge of %s", where, size, drawerOpen, control)
              .isLessThanOrEqualTo(height + 0.5);
        }
      }
    }
  }

  @Test
  void devicePickersShowTheDeviceNotACutOffReason(FxRobot robot) {
    robot.interact(
        () ->
            models
                .controls()
                .showDevices(
                    List.of(
                        new AudioDevice(
                            AudioDevices.SYSTEM_DEFAULT,
                            Direction.INPUT,
                            "no microphone is connected"),
                        new AudioDevice("USB Audio", Direction.INPUT, "")),
                    List.of(
                        new AudioDevice(
                            AudioDevices.SYSTEM_DEFAULT,
                            Direction.OUTPUT,
                            "the sound server is not running"))));
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    ComboBox<AudioDevice> microphones = robot.lookup("#microphone-choice").queryAs(ComboBox.class);
    Labeled shown = microphones.getButtonCell();
    assertThat(shownText(shown)).isEqualTo("⚠ Default");
    assertThat(microphones.getTooltip().getText())
        .isEqualTo("Microphone: Default (system default): no microphone is connected");
  }
}
