package dev.asciicall.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.UiTest;
import dev.asciicall.ui.preferences.AppPreferences;
import dev.asciicall.ui.window.MainView;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TextField;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens on today's screen though it was saved on a bigger one, its dialogs belong to it
 * and sit over it, and a join that failed is neither remembered as recent nor forgotten.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class WindowPlacementAppTest {

  private AsciicallApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    AppPreferences preferences = AppPreferences.forUser();
    preferences.clear();
    // Saved last time on a 4K screen, far right and larger than the screen the tests have now.
    preferences.saveWindowBounds(3000, 1800, 2600, 1500);
    app = new AsciicallApp();
    app.start(stage);
  }

  @AfterEach
  void closeApp(FxRobot robot) throws Exception {
    // Cancel, as a user would: the dialog's nested event loop ends with it.
    robot.interact(
        () ->
            robot.lookup(".dialog-pane").queryAll().stream()
                .map(
                    pane ->
                        ((javafx.scene.control.DialogPane) pane)
                            .lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .filter(java.util.Objects::nonNull)
                .forEach(button -> ((javafx.scene.control.Button) button).fire()));
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(5, TimeUnit.SECONDS);
  }

  @Test
  void boundsSavedOnABiggerScreenAreBroughtOntoTheScreenOfToday() {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();

    assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
    assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
    assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
    assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
    assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
    assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
  }

  @Test
  void theJoinDialogBelongsToTheWindowAndIsCentredOnIt(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          stage.setX(200);
          stage.setY(100);
          stage.setWidth(1000);
          stage.setHeight(700);
        });
    openJoinDialog(robot);

    Window dialog = robot.lookup("#join-address").query().getScene().getWindow();
    assertThat(((Stage) dialog).getOwner()).isSameAs(stage);
    double centreX = dialog.getX() + dialog.getWidth() / 2;
    double centreY = dialog.getY() + dialog.getHeight() / 2;
    assertThat(centreX).isCloseTo(200 + 1000 / 2.0, org.assertj.core.data.Offset.offset(2.0));
    assertThat(centreY).isBetween(100.0, 800.0);
  }

  @Test
  void aFailedJoinIsNotRecentButItsAddressIsOfferedAgain(FxRobot robot) throws Exception {
    String address = "127.0.0.1:" + FreePorts.tcp();
    MainView view = (MainView) stage.getScene().getRoot();
    openJoinDialog(robot);
    robot.clickOn("#join-name").eraseText(40).write("Ada");
    robot.clickOn("#join-address").write(address);
    robot.clickOn("#join-button");
    WaitForAsyncUtils.waitFor(
        15, TimeUnit.SECONDS, () -> view.models().call().canStartProperty().get());
    WaitForAsyncUtils.waitFor(
        15,
        TimeUnit.SECONDS,
        () -> view.models().call().lastNoticeProperty().get().contains("listening"));

    assertThat(AppPreferences.forUser().recentHosts()).doesNotContain(address);
    openJoinDialog(robot);
    assertThat(robot.lookup("#join-address").queryAs(TextField.class).getText()).isEqualTo(address);
  }

  /** Call → Join by IP…, as the menu does it (the dialog waits in a nested event loop). */
  private void openJoinDialog(FxRobot robot) throws Exception {
    MainView view = (MainView) stage.getScene().getRoot();
    javafx.scene.control.MenuItem join =
        view.menuBar().getMenus().stream()
            .flatMap(menu -> menu.getItems().stream())
            .filter(item -> "menu-join".equals(item.getId()))
            .findFirst()
            .orElseThrow();
    javafx.application.Platform.runLater(join::fire);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#join-address")
                .tryQuery()
                .map(field -> field.getScene().getWindow())
                .filter(window -> window.isShowing() && !Double.isNaN(window.getX()))
                .isPresent());
    WaitForAsyncUtils.waitForFxEvents();
  }
}
