package dev.asciicall.ui.call;

import dev.asciicall.call.CallState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The call as the window shows it: state, the sentence in the status bar, live figures, who is
 * there, and the last notice. Filled by {@link CallAdapter} on the FX thread; views bind to it.
 */
public final class CallViewModel {

  private final ObjectProperty<CallState> state = new SimpleObjectProperty<>(CallState.IDLE);
  private final StringProperty message = new SimpleStringProperty("Not in a call");
  private final StringProperty figures = new SimpleStringProperty("");
  private final IntegerProperty participants = new SimpleIntegerProperty();
  private final StringProperty lastNotice = new SimpleStringProperty("");
  private final BooleanBinding canStart =
      Bindings.createBooleanBinding(() -> state.get().canStart(), state);
  private final BooleanBinding inCall =
      Bindings.createBooleanBinding(() -> state.get().inCall(), state);

  public ObjectProperty<CallState> stateProperty() {
    return state;
  }

  /** One sentence: where the call is, or why it ended and what to do. */
  public StringProperty messageProperty() {
    return message;
  }

  /** Participants, sent/received fps and kbit/s, round-trip time; empty outside a call. */
  public StringProperty figuresProperty() {
    return figures;
  }

  /** Others in the call (not counting us). */
  public IntegerProperty participantsProperty() {
    return participants;
  }

  /** The last join, leave or error notice shown. */
  public StringProperty lastNoticeProperty() {
    return lastNotice;
  }

  /** Host and Join are possible. */
  public BooleanBinding canStartProperty() {
    return canStart;
  }

  /** Leave is possible. */
  public BooleanBinding inCallProperty() {
    return inCall;
  }
}
