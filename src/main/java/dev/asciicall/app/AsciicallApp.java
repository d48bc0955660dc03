package dev.asciicall.app;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: builds the window from the {@link AppContext} wiring. */
public final class AsciicallApp extends Application {

  private static volatile List<String> startupActions = List.of();

  /** Opens the window and blocks until it closes. Called by the {@link Launcher}. */
  public static void launchWindow(List<String> actions) {
    startupActions = List.copyOf(actions);
    Application.launch(AsciicallApp.class);
  }

  static List<String> startupActions() {
    return startupActions;
  }

  @Override
  public void start(Stage stage) {
    BorderPane root = new BorderPane(new Label("asciicall"));
    stage.setTitle("asciicall");
    stage.setScene(new Scene(root, 960, 600));
    stage.show();
  }
}
