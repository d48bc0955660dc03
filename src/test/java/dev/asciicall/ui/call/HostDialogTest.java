package dev.asciicall.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.HostRequest;
import dev.asciicall.testing.UiTest;
import dev.asciicall.ui.common.ShownText;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Host dialog stays readable while it refuses what was typed. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class HostDialogTest {

  private HostDialog dialog;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(), 300, 200));
    stage.show();
    dialog = new HostDialog(stage, new HostRequest(54555, 54777, "Standup", "Ada"));
    dialog.show();
  }

  /** The dialog is modal to the shared test stage: closed, so later tests can click it. */
  @AfterEach
  void close(FxRobot robot) {
    robot.interact(dialog::close);
  }

  @Test
  void aValidationErrorWrapsAndLeavesEveryLabelWhole(FxRobot robot) {
    robot.doubleClickOn("#host-port").eraseText(8).write("port");
    WaitForAsyncUtils.waitForFxEvents();

    Label problem = robot.lookup("#host-problem").queryAs(Label.class);
    assertThat(problem.getText()).isEqualTo("The port must be a number from 1 to 65535");
    assertThat(ShownText.of(problem)).doesNotContain("…");
    for (String label :
        List.of("Port (TCP)", "Discovery port (UDP)", "Call name", "Your name", "Passphrase")) {
      assertThat(ShownText.of(robot.lookup(label).queryAs(Label.class))).isEqualTo(label);
    }
  }
}
