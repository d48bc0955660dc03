package dev.asciicall.ui.call;

import dev.asciicall.call.HostAddress;
import dev.asciicall.call.Invite;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Invite button offers, one click away for the whole call: while hosting, the invite link
 * (address and this host's key fingerprint, so a joiner can check whom they reach) and every
 * address others can type, each to copy; in a joined call, the address I joined at. Hosting asks
 * for it to open once by itself. FX thread only.
 */
public final class InviteViewModel {

  /** One address to copy and what it is good for. */
  public record Entry(String address, String note, String link) {}

  private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
  private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper(this, "link", "");
  private final ObservableList<Entry> entries = FXCollections.observableArrayList();
  private final BooleanProperty openRequested = new SimpleBooleanProperty(this, "open");

  /** Hosting: the invites for every address, LAN ones first; opens the invite once. */
  public void showHosting(String callName, List<Invite> invites) {
    entries.setAll(
        invites.stream()
            .map(
                invite ->
                    new Entry(invite.address().toString(), note(invite.address()), invite.link()))
            .toList());
    link.set(invites.isEmpty() ? "" : invites.get(0).link());
    heading.set(
        "Invite people to "
            + (callName.isBlank() ? "your call" : "'" + callName + "'")
            + ": send them the link, or an address to type in Join");
    available.set(true);
    openRequested.set(true);
  }

  /** In someone else's call: the address I joined at is what others type too. */
  public void showJoined(HostAddress address) {
    entries.setAll(new Entry(address.toString(), "the host's address", ""));
    link.set("");
    heading.set("Others join this call at the host's address (the host has the invite link)");
    available.set(true);
  }

  /** The call ended: nothing to invite to. */
  public void clear() {
    entries.clear();
    link.set("");
    heading.set("");
    available.set(false);
    openRequested.set(false);
  }

  private static String note(HostAddress address) {
    return address.host().startsWith("127.") ? "this computer only" : "on your network";
  }

  /** True while there is a call to invite to. */
  public ReadOnlyBooleanProperty availableProperty() {
    return available.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  /** The invite link for the first address, {@code asciicall://HOST:PORT/?key=…}; empty if none. */
  public ReadOnlyStringProperty linkProperty() {
    return link.getReadOnlyProperty();
  }

  public ObservableList<Entry> entries() {
    return entries;
  }

  /** Set when the invite should open by itself (just started hosting); the view resets it. */
  public BooleanProperty openRequestedProperty() {
    return openRequested;
  }
}
