package dev.asciicall.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.FoundCall;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.UiTest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@UiTest
class JoinDialogTest {

  private JoinDialog dialog;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(), 300, 200));
    stage.show();
    JoinDialog.CallFinder lan =
        udpPort ->
            CompletableFuture.completedFuture(
                List.of(
                    new FoundCall("Team", 3, new HostAddress("192.168.1.7", 54555)),
                    new FoundCall("Team", 3, new HostAddress("192.168.1.7", 54555))));
    dialog =
        new JoinDialog(
            stage,
            new JoinDialog.Initial("", 54777, List.of("10.0.0.5:6000", "192.168.1.7:54555")),
            lan);
    dialog.show();
  }

  /** The dialog is modal to the shared test stage: closed, so later tests can click it. */
  @AfterEach
  void close(FxRobot robot) {
    robot.interact(dialog::close);
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
    Optional<JoinRequest> result =
        WaitForAsyncUtils.asyncFx(() -> Optional.ofNullable(dialog.getResult()))
            .get(5, TimeUnit.SECONDS);
    assertThat(result).contains(new JoinRequest(new HostAddress("localhost", 54555), 54777, "Ada"));
  }

  @Test
  void recentHostsAndCallsOnTheNetworkFillTheAddressWhenPicked(FxRobot robot) throws Exception {
    TextField address = robot.lookup("#join-address").queryAs(TextField.class);
    robot.clickOn("Recent: 10.0.0.5:6000");
    assertThat(address.getText()).isEqualTo("10.0.0.5:6000");
    Await.until(
        "the call found on the network listed",
        () ->
            robot
                .lookup("On this network: Team (3 in call) at 192.168.1.7:54555")
                .tryQuery()
                .isPresent());
    robot.clickOn("On this network: Team (3 in call) at 192.168.1.7:54555");
    assertThat(address.getText()).isEqualTo("192.168.1.7:54555");
  }

  @Test
  void aCallThatIsRecentAndNearbyIsListedOnceAndTheListKeepsItsRows(FxRobot robot)
      throws Exception {
    ListView<?> suggestions = robot.lookup("#join-suggestions").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> suggestions.getItems().toString().contains("On this network"));
    assertThat(suggestions.getItems())
        .extracting(Object::toString)
        .containsExactly(
            "Recent: 10.0.0.5:6000", "On this network: Team (3 in call) at 192.168.1.7:54555");
    assertThat(suggestions.getHeight()).as("several rows, not one").isGreaterThanOrEqualTo(100);
  }

  @Test
  void aLongProblemWrapsAndLeavesTheLabelsWhole(FxRobot robot) {
    robot.clickOn("#join-address").write("this is not an address at all:99999999");
    WaitForAsyncUtils.waitForFxEvents();
    Label problem = robot.lookup("#join-problem").queryAs(Label.class);
    assertThat(problem.getText()).isNotEmpty();
    assertThat(dev.asciicall.ui.common.ShownText.of(problem)).doesNotContain("…");
    for (String label : List.of("Host or IP", "Your name", "Passphrase", "Host's UDP port")) {
      Label shown = robot.lookup(label).queryAs(Label.class);
      assertThat(dev.asciicall.ui.common.ShownText.of(shown)).isEqualTo(label);
    }
    Label recent = robot.lookup("Recent and nearby").queryAs(Label.class);
    assertThat(dev.asciicall.ui.common.ShownText.of(recent)).isEqualTo("Recent and nearby");
  }
}
