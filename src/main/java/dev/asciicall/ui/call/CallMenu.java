package dev.asciicall.ui.call;

import dev.asciicall.call.CallState;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.ui.preferences.AppPreferences;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The Call menu: Host a call… (Ctrl+H), Join by IP… (Ctrl+J), Invite people… (Ctrl+I), Leave call
 * (Ctrl+L, which asks a host first), and while hosting, Lock call; each enabled only when it makes
 * sense. It also starts the calls the lobby asks for. Dialog choices are remembered in the
 * preferences. FX thread only.
 */
public final class CallMenu extends Menu {

  private final CallAdapter calls;
  private final AppPreferences preferences;
  private final Supplier<Window> owner;

  // The address of the last join that failed, filled into the next Join dialog; any thread.
  private volatile String failedAddress;

  public CallMenu(CallAdapter calls, AppPreferences preferences, Supplier<Window> owner) {
    super("Call");
    setId("call-menu");
    this.calls = calls;
    this.preferences = preferences;
    this.owner = owner;
    CallViewModel model = calls.model();

    MenuItem host = new MenuItem("Host a call…");
    host.setId("menu-host");
    host.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
    host.disableProperty().bind(model.canStartProperty().not());
    host.setOnAction(event -> host());

    MenuItem join = new MenuItem("Join by IP…");
    join.setId("menu-join");
    join.setAccelerator(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
    join.disableProperty().bind(model.canStartProperty().not());
    join.setOnAction(event -> join());

    MenuItem leave = new MenuItem("Leave call");
    leave.setId("menu-leave");
    leave.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
    leave.disableProperty().bind(model.inCallProperty().not());
    leave.setOnAction(event -> model.requestLeave());

    MenuItem invite = new MenuItem("Invite people…");
    invite.setId("menu-invite");
    invite.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
    invite.disableProperty().bind(model.invite().availableProperty().not());
    invite.setOnAction(event -> model.invite().openRequestedProperty().set(true));

    CheckMenuItem lock = new CheckMenuItem("Lock call (no new joins)");
    lock.setId("menu-lock");
    lock.disableProperty().bind(model.stateProperty().isNotEqualTo(CallState.HOSTING));
    lock.selectedProperty()
        .addListener(
            (observable, old, locked) -> {
              if (locked) {
                calls.lockCall();
              } else {
                calls.unlockCall();
              }
            });
    // A new call starts unlocked.
    model
        .stateProperty()
        .addListener(
            (observable, old, state) -> {
              if (state != CallState.HOSTING) {
                lock.setSelected(false);
              }
            });

    getItems().addAll(host, join, invite, leave, new SeparatorMenuItem(), lock);
  }

  /** The name used last, or the computer's user name. */
  public String name() {
    return preferences.name().orElse(System.getProperty("user.name", ""));
  }

  /** Asks for the call's details, starts it, then shows where others can join. */
  public void host() {
    if (!calls.model().canStartProperty().get()) {
      return;
    }
    new HostDialog(owner.get(), remembered(name())).showAndWait().ifPresent(this::startHosting);
  }

  /**
   * Hosts at once with the ports and call name used last and no passphrase (the lobby's big
   * button); the Host dialog is one link away for a passphrase or other ports.
   */
  public void hostNow(String myName) {
    if (calls.model().canStartProperty().get()) {
      startHosting(remembered(myName));
    }
  }

  private HostRequest remembered(String myName) {
    return new HostRequest(
        preferences.callNumber("host.port", HostAddress.DEFAULT_PORT),
        preferences.callNumber("host.udpPort", HostAddress.DEFAULT_UDP_PORT),
        preferences.callText("host.callName", "asciicall"),
        myName);
  }

  /** Hosts as asked (from the dialog or the command line), then shows where others can join. */
  public void startHosting(HostRequest request) {
    preferences.saveCallNumber("host.port", request.port());
    preferences.saveCallNumber("host.udpPort", request.udpPort());
    preferences.saveCallText("host.callName", request.callName());
    preferences.saveName(request.name());
    calls
        .host(request)
        .thenAccept(
            hosting -> {
              if (hosting.status().state() == CallState.HOSTING) {
                calls.model().invite().showHosting(request.callName(), hosting.invites());
              }
            });
  }

  /** Asks where to join, remembers it, and joins. */
  public void join() {
    if (!calls.model().canStartProperty().get()) {
      return;
    }
    JoinDialog.Initial initial =
        new JoinDialog.Initial(
            name(),
            preferences.callNumber("join.udpPort", HostAddress.DEFAULT_UDP_PORT),
            preferences.recentHosts());
    JoinDialog dialog = new JoinDialog(owner.get(), initial, calls::findCalls);
    // After a wrong passphrase (or nothing listening) the address need not be typed again.
    if (failedAddress != null) {
      dialog.fillAddress(failedAddress);
    }
    dialog.showAndWait().ifPresent(this::startJoining);
  }

  /** Joins as asked (from the dialog or the command line) and remembers the host. */
  public void startJoining(JoinRequest request) {
    preferences.saveName(request.name());
    preferences.saveCallNumber("join.udpPort", request.udpPort());
    String address = request.address().toString();
    calls
        .join(request)
        .thenAccept(
            status -> {
              // Only a host that let us in is recent; a failed address is offered again instead.
              if (status.state() == CallState.JOINED) {
                preferences.rememberHost(address);
                failedAddress = null;
                calls.model().invite().showJoined(request.address());
              } else {
                failedAddress = address;
              }
            });
  }
}
