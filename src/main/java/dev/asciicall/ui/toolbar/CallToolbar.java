package dev.asciicall.ui.toolbar;

import dev.asciicall.ui.call.CallTitleViewModel;
import dev.asciicall.ui.call.CallViewModel;
import dev.asciicall.ui.call.InvitePopover;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.feed.ViewMode;
import dev.asciicall.ui.source.ScreenShareViewModel;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The toolbar under the pictures during a call: the call's name and timer on the left; large
 * buttons with a caption, a tooltip and a shortcut in the middle — Mute (M), Camera (V), Share
 * screen (S), Chat (Ctrl+T, with the unread count), People (Ctrl+P), Invite (Ctrl+I) and a red
 * Leave (Ctrl+L; a host with others is asked first); the view switch (G) and Settings (Ctrl+,) on
 * the right. A Record button will sit before Leave once recording exists. FX thread only.
 */
public final class CallToolbar extends HBox {

  /** The single keys the toolbar adds, for the Help menu (letters typed into a field are text). */
  public static final List<Map.Entry<String, String>> KEYS =
      List.of(
          Map.entry("S", "Share your screen, or stop sharing"),
          Map.entry("G", "Switch between gallery and speaker view"),
          Map.entry("Ctrl+P", "Show or hide who is in the call"),
          Map.entry("Ctrl+I", "Invite people (the link and addresses to copy)"),
          Map.entry("Ctrl+,", "Settings: picture, audio, window"),
          Map.entry("Ctrl+L", "Leave the call (a host is asked first)"));

  private final Button invite;
  private final InvitePopover invitePopover;

  /**
   * @param toggles the side drawer's buttons: chat, people and settings, in that order
   */
  public CallToolbar(
      CallViewModel call,
      CallTitleViewModel title,
      CallControlsViewModel controls,
      ScreenShareViewModel screenShare,
      ObjectProperty<ViewMode> viewMode,
      ToggleButton chat,
      ToggleButton people,
      ToggleButton settings) {
    super(6);
    setId("call-toolbar");
    getStyleClass().add("call-toolbar");
    setPadding(new Insets(6, 12, 6, 12));
    setAlignment(Pos.CENTER);

    Label name = new Label();
    name.setId("call-name");
    name.getStyleClass().add("call-name");
    name.textProperty().bind(call.callNameProperty());
    Label timer = new Label();
    timer.setId("call-timer");
    timer.getStyleClass().add("call-timer");
    timer
        .textProperty()
        .bind(
            Bindings.when(call.stateProperty().isEqualTo(dev.asciicall.call.CallState.CONNECTING))
                .then("Connecting…")
                .otherwise(title.timerProperty()));
    VBox info = new VBox(0, name, timer);
    info.setAlignment(Pos.CENTER_LEFT);
    info.setMinWidth(0);
    info.setPrefWidth(160);
    HBox.setHgrow(info, Priority.ALWAYS);
    info.setMaxWidth(Double.MAX_VALUE);

    Button microphone = new Button();
    microphone.setId("microphone-button");
    microphone
        .textProperty()
        .bind(Bindings.when(controls.microphoneMutedProperty()).then("Unmute").otherwise("Mute"));
    iconFollows(
        microphone, controls.microphoneMutedProperty(), Icons::microphoneOff, Icons::microphone);
    style(microphone, "Mute or unmute your microphone (M); others see the mark");
    microphone.setOnAction(event -> controls.toggleMicrophone());
    markWhen(microphone, controls.microphoneMutedProperty(), "switched-off");

    Button camera = new Button();
    camera.setId("camera-button");
    camera
        .textProperty()
        .bind(Bindings.when(controls.cameraOnProperty()).then("Camera").otherwise("Start camera"));
    iconFollows(camera, controls.cameraOnProperty().not(), Icons::cameraOff, Icons::camera);
    style(camera, "Stop or start sending your picture (V)");
    camera.setOnAction(event -> controls.toggleCamera());
    markWhen(camera, controls.cameraOnProperty().not(), "switched-off");

    Button share = new Button();
    share.setId("share-screen-button");
    share
        .textProperty()
        .bind(Bindings.when(screenShare.sharingProperty()).then("Stop sharing").otherwise("Share"));
    share.setGraphic(Icons.screen());
    style(share, "Show your screen instead of your camera, or go back (S)");
    markWhen(share, screenShare.sharingProperty(), "active");
    share.setOnAction(event -> screenShare.toggle());

    chat.setText("Chat");
    chat.setGraphic(withBadge(Icons.chat(), chat.getGraphic()));
    style(chat, "Show or hide the chat (Ctrl+T)");
    people.setText("People");
    people.setGraphic(Icons.people());
    style(people, "Show or hide who is in the call (Ctrl+P)");

    invite = new Button("Invite");
    invite.setId("invite-button");
    invite.setGraphic(Icons.invite());
    style(invite, "The invite link and addresses to copy (Ctrl+I)");
    invite.disableProperty().bind(call.invite().availableProperty().not());
    invitePopover = new InvitePopover(call.invite());
    invite.setOnAction(event -> toggleInvite());
    call.invite()
        .openRequestedProperty()
        .addListener(
            (observable, old, open) -> {
              if (open) {
                call.invite().openRequestedProperty().set(false);
                // After this pulse's layout, so the pop-over points at the button's place.
                javafx.application.Platform.runLater(() -> invitePopover.showOver(invite));
              }
            });

    // Recording is not there yet: its button will go here, before Leave.
    Button leave = new Button("Leave");
    leave.setId("leave-button");
    leave.setGraphic(Icons.leave());
    style(leave, "Leave the call (Ctrl+L); when you host, you are asked first");
    leave.getStyleClass().add("danger");
    leave.setOnAction(event -> call.requestLeave());

    HBox actions = new HBox(6, microphone, camera, share, chat, people, invite, leave);
    actions.setAlignment(Pos.CENTER);
    actions.setMinWidth(Region.USE_PREF_SIZE);

    Button view = new Button();
    view.setId("view-mode-button");
    view.textProperty()
        .bind(Bindings.createStringBinding(() -> viewMode.get().other().toString(), viewMode));
    view.graphicProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> viewMode.get() == ViewMode.GALLERY ? Icons.speakerView() : Icons.gallery(),
                viewMode));
    style(view, "Switch between gallery view and speaker view (G)");
    view.setOnAction(event -> viewMode.set(viewMode.get().other()));
    settings.setText("Settings");
    settings.setGraphic(Icons.settings());
    style(settings, "Picture, microphone, speakers and window (Ctrl+,)");
    HBox right = new HBox(6, view, settings);
    right.setAlignment(Pos.CENTER_RIGHT);
    right.setMinWidth(Region.USE_PREF_SIZE);
    right.setPrefWidth(160);
    HBox.setHgrow(right, Priority.ALWAYS);
    right.setMaxWidth(Double.MAX_VALUE);

    getChildren().addAll(info, actions, right);
    sceneProperty()
        .addListener((observable, old, scene) -> installKeys(scene, screenShare, viewMode));
  }

  /** Opens or closes the invite pop-over (the Invite button, Ctrl+I). */
  public void toggleInvite() {
    if (invitePopover.isShowing()) {
      invitePopover.hide();
    } else if (!invite.isDisabled()) {
      invitePopover.showOver(invite);
    }
  }

  public InvitePopover invitePopover() {
    return invitePopover;
  }

  private void installKeys(
      Scene scene, ScreenShareViewModel screenShare, ObjectProperty<ViewMode> viewMode) {
    if (scene == null || scene.getProperties().containsKey(CallToolbar.class)) {
      return;
    }
    scene.getProperties().put(CallToolbar.class, Boolean.TRUE);
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (!isVisible()
              || event.isShortcutDown()
              || event.isAltDown()
              || scene.getFocusOwner() instanceof TextInputControl) {
            return;
          }
          if (event.getCode() == KeyCode.S) {
            screenShare.toggle();
            event.consume();
          } else if (event.getCode() == KeyCode.G) {
            viewMode.set(viewMode.get().other());
            event.consume();
          }
        });
  }

  private static void style(ButtonBase button, String tip) {
    button.getStyleClass().add("toolbar-button");
    button.setContentDisplay(ContentDisplay.TOP);
    button.setTooltip(new Tooltip(tip));
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setFocusTraversable(true);
  }

  private static Node withBadge(Node icon, Node badge) {
    if (badge == null) {
      return icon;
    }
    StackPane stack = new StackPane(icon, badge);
    StackPane.setAlignment(badge, Pos.TOP_RIGHT);
    StackPane.setMargin(badge, new Insets(-6, -12, 0, 0));
    return stack;
  }

  private static void iconFollows(
      ButtonBase button, ObservableValue<Boolean> off, Supplier<Node> whenOff, Supplier<Node> on) {
    button.setGraphic(off.getValue() ? whenOff.get() : on.get());
    off.addListener((observable, old, now) -> button.setGraphic(now ? whenOff.get() : on.get()));
    button.getProperties().put("icon-follows", off);
  }

  /**
   * Marks a button with a stylesheet class while {@code when} holds: {@code switched-off} (red)
   * while what it controls is off, {@code active} while sharing.
   */
  private static void markWhen(ButtonBase button, ObservableValue<Boolean> off, String styleClass) {
    javafx.beans.value.ChangeListener<Boolean> mark =
        (observable, old, now) -> {
          button.getStyleClass().remove(styleClass);
          if (now) {
            button.getStyleClass().add(styleClass);
          }
        };
    off.addListener(mark);
    // A derived binding listens to its source only weakly: the button keeps it alive.
    button.getProperties().put(styleClass, off);
    mark.changed(off, false, off.getValue());
  }
}
