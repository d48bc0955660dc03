package dev.asciicall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class JoinDialogTest {

  private JoinDialog dialog;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(), 300, 200));
    stage.show();
    dialog = new JoinDialog(stage, "");
    dialog.show();
  }

  @Test
  void refusesAnImpossibleAddressAndAcceptsLocalhost(FxRobot robot) throws Exception {
    robot.clickOn("#join-name").write("Ada");
    robot.clickOn("#join-address").write("999.1.1.1:99999");
    Button join = robot.lookup("#join-button").queryAs(Button.class);
    assertThat(join.isDisabled()).isTrue();
    assertThat(robot.lookup("#join-problem").queryAs(Label.class).getText()).contains("port");

    robot.doubleClickOn("#join-address").eraseText(20).write("localhost:54555");
    assertThat(join.isDisabled()).isFalse();
    assertThat(robot.lookup("#join-problem").queryAs(Label.class).getText()).isEmpty();

    robot.clickOn("#join-button");
    Optional<JoinDialog.Request> result =
        WaitForAsyncUtils.asyncFx(() -> Optional.ofNullable(dialog.getResult()))
            .get(5, TimeUnit.SECONDS);
    assertThat(result).contains(new JoinDialog.Request(new JoinAddress("localhost", 54555), "Ada"));
  }
}
