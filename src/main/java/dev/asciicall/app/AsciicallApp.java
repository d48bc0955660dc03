package dev.asciicall.app;

import dev.asciicall.call.JoinRequest;
import dev.asciicall.capture.CaptureStatus;
import dev.asciicall.cli.StartupAction;
import dev.asciicall.ui.call.CallAdapter;
import dev.asciicall.ui.call.CallMenu;
import dev.asciicall.ui.call.CallViewModel;
import dev.asciicall.ui.common.UiThread;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.lobby.LobbyActions;
import dev.asciicall.ui.preview.PreviewSettingsViewModel;
import dev.asciicall.ui.source.CaptureNotices;
import dev.asciicall.ui.window.Dialogs;
import dev.asciicall.ui.window.MainView;
import dev.asciicall.ui.window.StatusLineViewModel;
import dev.asciicall.ui.window.WindowModels;
import dev.asciicall.ui.window.WindowPlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop window: builds it from the {@link AppContext} wiring and does the {@link
 * StartupAction} the command line handed over (host, join, or just open). Not a JavaFX {@code
 * Application}: the launcher starts the toolkit and hands the action to the constructor, so nothing
 * travels through static fields.
 */
public final class AsciicallApp {

  private static final Logger LOG = LoggerFactory.getLogger(AsciicallApp.class);
  private final StartupAction action;
  private final Runnable onClosed;
  private dev.asciicall.common.Subscription statisticsTimer;

  private AppContext context;
  private CallAdapter callAdapter;
  private Stage stage;
  // Where the window goes: the saved bounds or the first-launch size.
  private Rectangle2D placed;
  private final StatusLineViewModel statusLine = new StatusLineViewModel();

  /** A window that opens as the user left it (the source chosen last time, no call). */
  public AsciicallApp() {
    this(new StartupAction.Open(), () -> {});
  }

  /**
   * @param action what to do once the window is shown
   * @param onClosed told (on the FX thread) when the window has closed and everything is released
   */
  public AsciicallApp(StartupAction action, Runnable onClosed) {
    this.action = Objects.requireNonNull(action);
    this.onClosed = Objects.requireNonNull(onClosed);
  }

  /**
   * Starts the JavaFX toolkit, opens the window doing {@code action} and blocks until the window is
   * closed. Called by the {@link Launcher} on its main thread.
   */
  public static void launchWindow(StartupAction action) {
    CountDownLatch closed = new CountDownLatch(1);
    AtomicReference<RuntimeException> failed = new AtomicReference<>();
    Platform.startup(
        () -> {
          try {
            new AsciicallApp(action, closed::countDown).start(new Stage());
          } catch (RuntimeException e) {
            failed.set(e);
            closed.countDown();
          }
        });
    boolean interrupted = false;
    while (closed.getCount() > 0) {
      try {
        closed.await();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    Platform.exit();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failed.get() != null) {
      throw failed.get();
    }
  }

  /** Builds and shows the window on {@code primaryStage}, then does the startup action. */
  public void start(Stage primaryStage) {
    this.stage = primaryStage;
    Thread.setDefaultUncaughtExceptionHandler(this::showUnexpectedError);
    MainView view = buildView();
    stage.titleProperty().bind(view.models().title().titleProperty());
    statusLine.call("Not in a call");
    statusLine
        .textProperty()
        .addListener((observable, old, text) -> view.statusBar().setText(text));
    for (String icon : new String[] {"icon-32.png", "icon-64.png", "icon-256.png"}) {
      try (java.io.InputStream in = AsciicallApp.class.getResourceAsStream(icon)) {
        if (in != null) {
          stage.getIcons().add(new javafx.scene.image.Image(in));
        }
      } catch (java.io.IOException e) {
        // A missing icon is cosmetic: the window still opens.
      }
    }
    placeStage(view);
    stage.setOnHidden(event -> stop());
    CallMenu callMenu = connectCall(view);
    stage.show();
    // Under a window manager (openbox) the size set before show() is not kept: set it again.
    placeShownStage();
    action.startingSource().ifPresentOrElse(context::start, context::start);
    view.cameraPicker().showCurrent();
    showCaptureStatistics(view);
    if (action instanceof StartupAction.Host host) {
      callMenu.startHosting(host.request());
    } else if (action instanceof StartupAction.Join join) {
      callMenu.startJoining(join.request());
    }
  }

  /**
   * The window's place: the bounds saved last time, checked against today's screens (one may have
   * shrunk or gone), or on a first launch a share of the screen (under a window manager a stage
   * left to size itself came up 200×200); never below the size the lobby and the toolbar need.
   */
  private void placeStage(MainView view) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    WindowSize first =
        WindowSize.firstLaunch(
            screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
    stage.setScene(new Scene(view, first.width(), first.height()));
    stage.setMinWidth(WindowSize.minWidth(screen.getWidth()));
    stage.setMinHeight(WindowSize.minHeight(screen.getHeight()));
    double[] saved = context.preferences().windowBounds();
    List<Rectangle2D> screens = new ArrayList<>();
    screens.add(screen);
    Screen.getScreens().stream()
        .filter(other -> !other.equals(Screen.getPrimary()))
        .forEach(other -> screens.add(other.getVisualBounds()));
    placed =
        WindowPlacement.restore(
                saved == null ? null : new Rectangle2D(saved[0], saved[1], saved[2], saved[3]),
                screens)
            .orElse(new Rectangle2D(first.x(), first.y(), first.width(), first.height()));
    placeShownStage();
  }

  /**
   * Puts the window where {@link #placeStage} decided. Called again after show(): JavaFX 21 on GTK
   * under some window managers (openbox) drops a size set before show() and maps the window at
   * 200×200.
   */
  private void placeShownStage() {
    stage.setX(placed.getMinX());
    stage.setY(placed.getMinY());
    stage.setWidth(placed.getWidth());
    stage.setHeight(placed.getHeight());
  }

  /** Remembers where the window is, unless maximised, full screen or a size no one would choose. */
  private void saveBounds() {
    if (stage != null
        && !stage.isMaximized()
        && !stage.isFullScreen()
        && !stage.isIconified()
        && WindowPlacement.worthSaving(stage.getWidth(), stage.getHeight())) {
      context
          .preferences()
          .saveWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
  }

  /**
   * The Call menu, remote tiles, call figures and notices: all through one {@link CallAdapter}. The
   * status bar shows the call's sentence; capture problems replace it until the next change.
   */
  private CallMenu connectCall(MainView view) {
    WindowModels models = view.models();
    CallViewModel model = models.call();
    callAdapter = new CallAdapter(context.calls(), model, view.feeds(), view.notices()::show);
    context.chosenAudio().follow(models.controls(), context.calls());
    CallMenu menu = new CallMenu(callAdapter, context.preferences(), () -> stage);
    view.menuBar().getMenus().add(1, menu);
    models.lobby().actionsProperty().set(lobbyActions(menu));
    model.messageProperty().addListener((observable, old, message) -> statusLine.call(message));
    javafx.scene.control.Label figures = new javafx.scene.control.Label();
    figures.setId("call-stats");
    figures.textProperty().bind(model.figuresProperty());
    view.statusBar().getRightItems().add(figures);
    return menu;
  }

  /** The lobby's buttons start calls the way the Call menu does (and remember the same things). */
  private LobbyActions lobbyActions(CallMenu menu) {
    return new LobbyActions() {
      @Override
      public void host(String name) {
        context.deviceCheck().stopMicrophone();
        menu.hostNow(name);
      }

      @Override
      public void hostWithOptions(String name) {
        context.preferences().saveName(name);
        menu.host();
      }

      @Override
      public void join(JoinRequest request) {
        context.deviceCheck().stopMicrophone();
        menu.startJoining(request);
      }

      @Override
      public void findNearby() {
        menu.join();
      }
    };
  }

  private MainView buildView() {
    MainView[] holder = new MainView[1];
    context = new AppContext(status -> UiThread.runLater(() -> showSource(holder[0], status)));
    FeedTile local = new FeedTile(TileViewModel.forMe("me", "You"), context.video().preview());
    local.setId("local-feed");
    PreviewSettingsViewModel settings =
        new PreviewSettingsViewModel(
            context.preferences().load(), chosen -> context.usePreviewSettings(chosen));
    WindowModels models = WindowWiring.create(context);
    holder[0] = new MainView(local, settings, context, models, context.sentFrames());
    models.controls().refreshDevices();
    return holder[0];
  }

  /**
   * The picture source's news: its message in the status bar and as a notice ("Opening camera…" is
   * news, a failed camera a warning). Once a source simply opened, the status bar goes back to the
   * call's sentence, so "Opening …" does not linger. FX thread.
   */
  private void showSource(MainView view, CaptureStatus status) {
    if (view == null) {
      return;
    }
    statusLine.source(status);
    CaptureNotices.noticeFor(status).ifPresent(view.notices()::show);
  }

  /**
   * Capture rate, drops and conversion time on the right of the status bar, refreshed once a second
   * on the FX thread (the figures are cheap snapshots; no per-frame hand-off).
   */
  private void showCaptureStatistics(MainView view) {
    javafx.scene.control.Label figures = new javafx.scene.control.Label();
    figures.setId("capture-stats");
    javafx.scene.control.Tooltip explained = new javafx.scene.control.Tooltip();
    explained
        .textProperty()
        .bind(
            figures
                .textProperty()
                .concat(
                    "\nYour picture: frames per second, the time to turn one frame into text, and"
                        + " \"dropped\": camera frames skipped because a newer one was ready first"
                        + " (the newest frame always wins, so the picture stays current). Nothing"
                        + " is lost for the others."));
    explained.setWrapText(true);
    explained.setMaxWidth(420);
    figures.setTooltip(explained);
    view.statusBar().getRightItems().add(figures);
    statisticsTimer =
        UiThread.every(
            java.time.Duration.ofSeconds(1),
            () -> {
              if (context != null) {
                figures.setText(context.video().stats().summary());
                view.models().title().tick();
              }
            });
  }

  /** Closing the window leaves the call, stops capture and releases the camera. Safe twice. */
  public void stop() {
    if (statisticsTimer != null) {
      statisticsTimer.close();
    }
    if (callAdapter != null) {
      callAdapter.close();
      callAdapter = null;
    }
    if (context != null) {
      saveBounds();
      context.close();
      context = null;
      onClosed.run();
    }
  }

  private void showUnexpectedError(Thread thread, Throwable error) {
    LOG.error("Uncaught exception on thread {}", thread.getName(), error);
    UiThread.run(() -> Dialogs.unexpectedError(stage, thread, error));
  }
}
