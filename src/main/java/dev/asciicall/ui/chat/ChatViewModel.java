package dev.asciicall.ui.chat;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chat panel's state: the lines so far, how many arrived unseen, and where my messages go. The
 * call's view model sets {@link #outgoingProperty()} while in a call (null otherwise) and feeds
 * {@link #receive}; the panel sets {@link #panelShowingProperty()}.
 *
 * <p>FX thread only.
 */
public final class ChatViewModel {

  /** Longest message; the same limit the network enforces, so nothing typed is cut by the host. */
  public static final int MAX_CHARS = 500;

  /** Oldest lines are dropped beyond this, so a long call does not grow the list without end. */
  static final int MAX_LINES = 1000;

  private final Clock clock;
  private final ObservableList<ChatEntry> lines = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper(this, "unread");
  private final BooleanProperty panelShowing = new SimpleBooleanProperty(this, "panelShowing");
  private final ObjectProperty<Consumer<String>> outgoing =
      new SimpleObjectProperty<>(this, "outgoing");
  private final StringProperty myName = new SimpleStringProperty(this, "myName", "You");
  private final BooleanBinding canSend = outgoing.isNotNull();

  public ChatViewModel(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
    panelShowing.addListener(
        (observable, old, showing) -> {
          if (showing) {
            unread.set(0);
          }
        });
  }

  public ChatViewModel() {
    this(Clock.systemDefaultZone());
  }

  /**
   * Sends what I typed: blank text is ignored, longer text is cut to {@link #MAX_CHARS}. Returns
   * false (and sends nothing) when there is no call to send to.
   */
  public boolean send(String typed) {
    String text = typed == null ? "" : typed.strip();
    Consumer<String> sink = outgoing.get();
    if (text.isEmpty() || sink == null) {
      return false;
    }
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
    }
    sink.accept(text);
    append(new ChatEntry(myName.get(), clock.instant(), text, true));
    return true;
  }

  /** A message from someone else; counts as unread while the panel is closed. */
  public void receive(String sender, String text) {
    append(new ChatEntry(sender, clock.instant(), text, false));
    if (!panelShowing.get()) {
      unread.set(unread.get() + 1);
    }
  }

  private void append(ChatEntry line) {
    lines.add(line);
    if (lines.size() > MAX_LINES) {
      lines.remove(0, lines.size() - MAX_LINES);
    }
  }

  public ObservableList<ChatEntry> lines() {
    return lines;
  }

  /** Messages received since the panel was last shown. */
  public ReadOnlyIntegerProperty unreadProperty() {
    return unread.getReadOnlyProperty();
  }

  /** True while the chat panel is on screen; showing it marks everything read. */
  public BooleanProperty panelShowingProperty() {
    return panelShowing;
  }

  /** Where my messages go (the call's chat sender), or null when not in a call. */
  public ObjectProperty<Consumer<String>> outgoingProperty() {
    return outgoing;
  }

  /** The name my own lines are shown with. */
  public StringProperty myNameProperty() {
    return myName;
  }

  /** True while there is a call to send to. */
  public BooleanBinding canSend() {
    return canSend;
  }

  /** The badge text: empty when nothing is unread, "99+" beyond 99. */
  public javafx.beans.binding.StringBinding unreadBadge() {
    return Bindings.createStringBinding(
        () -> unread.get() == 0 ? "" : unread.get() > 99 ? "99+" : Integer.toString(unread.get()),
        unread);
  }
}
