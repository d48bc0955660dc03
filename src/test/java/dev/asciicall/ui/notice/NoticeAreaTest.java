package dev.asciicall.ui.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.capture.SourceCatalog.SourceListing;
import dev.asciicall.capture.SourceSpec;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.testing.UiTest;
import dev.asciicall.ui.appearance.FontSize;
import dev.asciicall.ui.appearance.Theme;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.preview.PreviewSettings;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import dev.asciicall.ui.source.SourceChooser;
import dev.asciicall.ui.window.MainView;
import dev.asciicall.ui.window.WindowModels;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notices as a user sees them in the window: readable in both themes (WCAG AA contrast, read from
 * the colours the stylesheets gave the shown card), inside the window with a bounded width and
 * wrapped text, a few at a time, with the icon of their severity, and gone when closed.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class NoticeAreaTest {

  private static final String LONG_MESSAGE =
      "The connection to the host was lost. Check your network, then join again. If it keeps"
          + " happening, ask the host whether their computer went to sleep or their network"
          + " changed, and whether a firewall between you blocks the port they host on.";

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
    // The stage is shared by the tests: one that narrowed it must not narrow the next.
    stage.sizeToScene();
    stage.show();
  }

  private List<Node> cards(FxRobot robot) {
    return List.copyOf(robot.lookup(".notice").queryAll());
  }

  private Node show(FxRobot robot, Notice notice) {
    robot.interact(() -> view.notices().show(notice));
    WaitForAsyncUtils.waitForFxEvents();
    return cards(robot).get(0);
  }

  /** WCAG 2 contrast ratio of two opaque colours. */
  private static double contrast(Color one, Color other) {
    double a = luminance(one);
    double b = luminance(other);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(Color color) {
    return 0.2126 * linear(color.getRed())
        + 0.7152 * linear(color.getGreen())
        + 0.0722 * linear(color.getBlue());
  }

  private static double linear(double channel) {
    return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
  }

  private static Color background(Node card) {
    Paint fill = ((Region) card).getBackground().getFills().get(0).getFill();
    return (Color) fill;
  }

  @Test
  void everyNoticeIsReadableInBothThemes(FxRobot robot) {
    for (Theme theme : Theme.values()) {
      robot.interact(() -> models.appearance().themeProperty().set(theme));
      for (Notice notice :
          List.of(
              Notice.info("Opening camera…"),
              Notice.warning("No microphone or speakers: video only"),
              Notice.error("Nothing is listening at 10.0.0.5:54555"))) {
        Node card = show(robot, notice);
        Color ground = background(card);
        Color text =
            (Color) robot.from(card).lookup(".notice-text").queryAs(Label.class).getTextFill();
        Color close =
            (Color) robot.from(card).lookup(".notice-close").queryAs(Button.class).getTextFill();
        assertThat(contrast(text, ground))
            .as("%s theme, %s: text %s on %s", theme, notice.severity(), text, ground)
            .isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(close, ground))
            .as("%s theme, %s: close button", theme, notice.severity())
            .isGreaterThanOrEqualTo(4.5);
      }
    }
  }

  @Test
  void eachSeverityHasItsOwnIcon(FxRobot robot) {
    Node info = show(robot, Notice.info("Opening camera…"));
    assertThat(info.getStyleClass()).contains("notice-info");
    assertThat(robot.from(info).lookup(".notice-mark").queryAs(Label.class).getText())
        .isEqualTo("i");
    Node warning = show(robot, Notice.warning("No microphone"));
    assertThat(warning.getStyleClass()).contains("notice-warning");
    assertThat(robot.from(warning).lookup(".notice-mark").queryAs(Label.class).getText())
        .isEqualTo("!");
    Node error = show(robot, Notice.error("Wrong passphrase"));
    assertThat(error.getStyleClass()).contains("notice-error");
    assertThat(robot.from(error).lookup(".notice-mark").queryAs(Label.class).getText())
        .isEqualTo("×");
  }

  @Test
  void aLongNoticeWrapsInsideTheWindowInsteadOfRunningOffIt(FxRobot robot) {
    for (FontSize size : List.of(FontSize.NORMAL, FontSize.LARGEST)) {
      robot.interact(() -> models.appearance().fontSizeProperty().set(size));
      Node card = show(robot, Notice.error(LONG_MESSAGE).about("call"));
      Bounds onScreen = card.localToScene(card.getLayoutBounds());
      assertThat(onScreen.getWidth()).isLessThanOrEqualTo(NoticeArea.MAX_WIDTH + 1);
      assertThat(onScreen.getMinX()).isGreaterThanOrEqualTo(0);
      assertThat(onScreen.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
      assertThat(onScreen.getMinY()).isGreaterThanOrEqualTo(0);
      assertThat(onScreen.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
      Label text = robot.from(card).lookup(".notice-text").queryAs(Label.class);
      assertThat(shownText(text)).as("all of it shows, nothing cut with …").isEqualTo(LONG_MESSAGE);
      assertThat(text.getHeight())
          .as("wrapped onto several lines")
          .isGreaterThan(text.getFont().getSize() * 3);
    }
  }

  @Test
  void aNarrowPictureAreaGetsNarrowerNotices(FxRobot robot) {
    // The chat drawer open beside a narrow window leaves a narrow area for the pictures.
    robot.interact(
        () -> {
          stage.setWidth(640);
          view.sidePanel().toggleChat();
        });
    Node card = show(robot, Notice.warning(LONG_MESSAGE));
    Node pictures = view.feeds().getParent();
    Bounds area = pictures.localToScene(pictures.getLayoutBounds());
    Bounds onScreen = card.localToScene(card.getLayoutBounds());
    assertThat(area.getWidth()).isLessThan(NoticeArea.MAX_WIDTH);
    assertThat(onScreen.getMaxX()).isLessThanOrEqualTo(area.getMaxX());
    assertThat(onScreen.getMinX()).isGreaterThanOrEqualTo(area.getMinX());
    assertThat(shownText(robot.from(card).lookup(".notice-text").queryAs(Label.class)))
        .isEqualTo(LONG_MESSAGE);
  }

  @Test
  void noticesStayInTheWindowAFewAtATimeAndCloseWithTheirButton(FxRobot robot) {
    int windows = Window.getWindows().size();
    for (int i = 1; i <= 5; i++) {
      show(robot, Notice.info("Person " + i + " joined the call"));
    }
    assertThat(cards(robot)).hasSize(NoticesViewModel.MOST_SHOWN);
    assertThat(Window.getWindows()).as("no pop-up window of its own").hasSize(windows);
    for (Node card : cards(robot)) {
      assertThat(card.getScene()).isSameAs(stage.getScene());
    }

    robot.clickOn(robot.from(cards(robot).get(0)).lookup(".notice-close").queryAs(Button.class));
    assertThat(cards(robot)).hasSize(NoticesViewModel.MOST_SHOWN - 1);
    assertThat(view.notices().showing())
        .extracting(Notice::text)
        .doesNotContain("Person 5 joined the call");
  }

  /** What a label actually draws: its text, or the shortened one with an ellipsis. */
  private static String shownText(Label label) {
    StringBuilder shown = new StringBuilder();
    for (Node node : label.lookupAll(".text")) {
      if (node instanceof Text text && text.getParent() == label) {
        shown.append(text.getText());
      }
    }
    return shown.toString().replace('\n', ' ').replaceAll(" +", " ").trim();
  }
}
