package dev.asciicall.ui.lobby;

import dev.asciicall.call.HostAddress;
import dev.asciicall.call.Invite;
import dev.asciicall.call.JoinRequest;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lobby before a call: my name, where to join (an address such as {@code 192.168.1.20:54555} or
 * an invite link {@code asciicall://HOST:PORT/?key=…}, checked as typed), the passphrase if the
 * call has one, and the two actions, Host a call and Join. An invite is read for its address; that
 * the host really has the invite's key is checked by the join itself in a later version. FX thread
 * only.
 */
public final class LobbyViewModel {

  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final StringProperty target = new SimpleStringProperty(this, "target", "");
  private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
  private final IntegerProperty udpPort =
      new SimpleIntegerProperty(this, "udpPort", HostAddress.DEFAULT_UDP_PORT);
  private final BooleanProperty startable = new SimpleBooleanProperty(this, "startable", true);
  private final ObjectProperty<LobbyActions> actions = new SimpleObjectProperty<>(this, "actions");
  private final StringBinding problem = Bindings.createStringBinding(this::describeProblem, target);
  private final StringBinding nameProblem =
      Bindings.createStringBinding(
          () -> name.get().isBlank() ? "Type the name others will see" : "", name);
  private final StringBinding targetNote =
      Bindings.createStringBinding(this::describeTarget, target);
  private final BooleanBinding canHost =
      Bindings.createBooleanBinding(
          () -> startable.get() && !name.get().isBlank() && actions.get() != null,
          startable,
          name,
          actions);
  private final BooleanBinding canJoin =
      Bindings.createBooleanBinding(
          () -> canHost.get() && joinRequest().isPresent(), canHost, target, name, udpPort);

  private String describeProblem() {
    String text = target.get();
    if (text.isBlank()) {
      return "";
    }
    if (Invite.looksLikeInvite(text)) {
      return Invite.parse(text) instanceof Invite.Invalid invalid ? invalid.message() : "";
    }
    return HostAddress.parse(text) instanceof HostAddress.Invalid invalid ? invalid.message() : "";
  }

  private String describeTarget() {
    if (Invite.parse(target.get()) instanceof Invite.Valid valid) {
      Invite invite = valid.invite();
      return "Invite to "
          + invite.callName().map(call -> "'" + call + "' at ").orElse("")
          + invite.address();
    }
    return "";
  }

  /** Where to join, if what was typed is an address or a valid invite. */
  Optional<HostAddress> address() {
    String text = target.get();
    if (Invite.looksLikeInvite(text)) {
      return Invite.parse(text) instanceof Invite.Valid valid
          ? Optional.of(valid.invite().address())
          : Optional.empty();
    }
    return HostAddress.parse(text) instanceof HostAddress.Valid valid
        ? Optional.of(valid.address())
        : Optional.empty();
  }

  /** The join the fields describe, if they are complete and valid. */
  public Optional<JoinRequest> joinRequest() {
    if (name.get().isBlank()) {
      return Optional.empty();
    }
    return address()
        .map(
            address ->
                new JoinRequest(
                    address,
                    udpPort.get(),
                    name.get().strip(),
                    passphrase.get().isEmpty() ? null : passphrase.get().toCharArray()));
  }

  /** Host a call: starts at once with my name. Returns false when that is not possible now. */
  public boolean host() {
    if (!canHost.get()) {
      return false;
    }
    actions.get().host(name.get().strip());
    return true;
  }

  /** Opens the Host dialog for a passphrase or other ports. */
  public void hostWithOptions() {
    if (startable.get() && actions.get() != null) {
      actions.get().hostWithOptions(name.get().strip());
    }
  }

  /** Join: starts joining where the field says; the passphrase field is emptied once used. */
  public boolean join() {
    Optional<JoinRequest> request = joinRequest();
    if (!canJoin.get() || request.isEmpty()) {
      return false;
    }
    passphrase.set("");
    actions.get().join(request.get());
    return true;
  }

  /** Opens the Join dialog with recent hosts and calls found nearby. */
  public void findNearby() {
    if (startable.get() && actions.get() != null) {
      actions.get().findNearby();
    }
  }

  public StringProperty nameProperty() {
    return name;
  }

  /** What the user typed or pasted to join: an address or an invite link. */
  public StringProperty targetProperty() {
    return target;
  }

  public StringProperty passphraseProperty() {
    return passphrase;
  }

  /** The UDP port of the host's call (the one used last), for voice and discovery. */
  public IntegerProperty udpPortProperty() {
    return udpPort;
  }

  /** False while a call is on or starting; the app binds it to the call's state. */
  public BooleanProperty startableProperty() {
    return startable;
  }

  /** What the buttons start; set by the app. */
  public ObjectProperty<LobbyActions> actionsProperty() {
    return actions;
  }

  /** What is wrong with the address or invite typed, in one line; empty when nothing is. */
  public StringBinding problem() {
    return problem;
  }

  /** Asks for a name while there is none (Host and Join need one). */
  public StringBinding nameProblem() {
    return nameProblem;
  }

  /** What a pasted invite names ("Invite to 'Standup' at 203.0.113.5:54555"); else empty. */
  public StringBinding targetNote() {
    return targetNote;
  }

  public BooleanBinding canHost() {
    return canHost;
  }

  public BooleanBinding canJoin() {
    return canJoin;
  }
}
