package dev.asciicall.app;

import dev.asciicall.cli.StartupAction;
import dev.asciicall.ui.call.CallAdapter;
import dev.asciicall.ui.call.CallMenu;
import dev.asciicall.ui.call.CallViewModel;
import dev.asciicall.ui.call.Notifier;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import dev.asciicall.ui.window.Dialogs;
import dev.asciicall.ui.window.MainView;
import dev.asciicall.ui.window.WindowModels;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the window from the {@link AppContext} wiring. */
public final class AsciicallApp extends Application {

  private static final Logger LOG = LoggerFactory.getLogger(AsciicallApp.class);
  private static volatile List<String> startupActions = List.of();
  private javafx.animation.Timeline statisticsTimer;

  private AppContext context;
  private CallAdapter callAdapter;
  private Stage stage;

  /** Opens the window and blocks until it closes. Called by the {@link Launcher}. */
  public static void launchWindow(List<String> actions) {
    startupActions = List.copyOf(actions);
    Application.launch(AsciicallApp.class);
  }

  static List<String> startupActions() {
    return startupActions;
  }

  @Override
  public void start(Stage primaryStage) {
    this.stage = primaryStage;
    Thread.setDefaultUncaughtExceptionHandler(this::showUnexpectedError);
    MainView view = buildView();
    stage.setTitle("asciicall");
    for (String icon : new String[] {"icon-32.png", "icon-64.png", "icon-256.png"}) {
      try (java.io.InputStream in = AsciicallApp.class.getResourceAsStream(icon)) {
        if (in != null) {
          stage.getIcons().add(new javafx.scene.image.Image(in));
        }
      } catch (java.io.IOException e) {
        // A missing icon is cosmetic: the window still opens.
      }
    }
    stage.setScene(new Scene(view, 960, 640));
    double[] bounds = context.preferences().windowBounds();
    if (bounds != null) {
      stage.setX(bounds[0]);
      stage.setY(bounds[1]);
      stage.setWidth(bounds[2]);
      stage.setHeight(bounds[3]);
    }
    stage.setOnHidden(event -> stop());
    CallMenu callMenu = connectCall(view);
    stage.show();
    Optional<StartupAction> action = StartupAction.decode(startupActions);
    action.ifPresentOrElse(chosen -> context.start(chosen.source()), context::start);
    showCaptureStatistics(view);
    action.ifPresent(
        chosen -> {
          if (chosen instanceof StartupAction.Host host) {
            callMenu.startHosting(host.request());
          } else if (chosen instanceof StartupAction.Join join) {
            callMenu.startJoining(join.request());
          }
        });
  }

  /**
   * The Call menu, remote tiles, call figures and notices: all through one {@link CallAdapter}. The
   * status bar shows the call's sentence; capture problems replace it until the next change.
   */
  private CallMenu connectCall(MainView view) {
    CallViewModel model = new CallViewModel();
    callAdapter =
        new CallAdapter(context.calls(), view.feeds(), model, view.desk(), new Notifier(stage));
    context.chosenAudio().follow(view.desk().controls(), context.calls());
    CallMenu menu = new CallMenu(callAdapter, context.preferences(), () -> stage);
    view.menuBar().getMenus().add(1, menu);
    model
        .messageProperty()
        .addListener((observable, old, message) -> view.statusBar().setText(message));
    javafx.scene.control.Label figures = new javafx.scene.control.Label();
    figures.setId("call-stats");
    figures.textProperty().bind(model.figuresProperty());
    view.statusBar().getRightItems().add(figures);
    return menu;
  }

  private MainView buildView() {
    MainView[] holder = new MainView[1];
    context =
        new AppContext(
            problem ->
                Platform.runLater(
                    () -> {
                      holder[0].statusBar().setText(problem);
                      if (callAdapter != null) {
                        callAdapter.warn(problem);
                      }
                    }));
    FeedTile local = new FeedTile(TileViewModel.forMe("me", "You"), context.localFeed().latest());
    local.setId("local-feed");
    PreviewSettingsViewModel settings =
        new PreviewSettingsViewModel(
            context.preferences().load(), chosen -> context.usePreviewSettings(chosen));
    WindowModels desk = WindowWiring.create(context);
    holder[0] = new MainView(local, settings, context, desk);
    desk.controls().refreshDevices();
    return holder[0];
  }

  /**
   * Capture rate, drops and conversion time on the right of the status bar, refreshed once a second
   * on the FX thread (the figures are cheap snapshots; no per-frame hand-off).
   */
  private void showCaptureStatistics(MainView view) {
    javafx.scene.control.Label figures = new javafx.scene.control.Label();
    figures.setId("capture-stats");
    view.statusBar().getRightItems().add(figures);
    statisticsTimer =
        new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(1),
                event -> {
                  if (context != null) {
                    figures.setText(context.localFeed().statistics());
                  }
                }));
    statisticsTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
    statisticsTimer.play();
  }

  /** Closing the window leaves the call, stops capture and releases the camera. Safe twice. */
  @Override
  public void stop() {
    if (statisticsTimer != null) {
      statisticsTimer.stop();
    }
    if (callAdapter != null) {
      callAdapter.close();
      callAdapter = null;
    }
    if (context != null) {
      if (stage != null && stage.getWidth() > 0) {
        context
            .preferences()
            .saveWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
      }
      context.close();
      context = null;
    }
  }

  private void showUnexpectedError(Thread thread, Throwable error) {
    LOG.error("Uncaught exception on thread {}", thread.getName(), error);
    Runnable show = () -> Dialogs.unexpectedError(stage, thread, error);
    if (Platform.isFxApplicationThread()) {
      show.run();
    } else {
      Platform.runLater(show);
    }
  }
}
