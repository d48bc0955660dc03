package dev.asciicall.ui.people;

import dev.asciicall.ui.feed.TileViewModel;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Everyone in the call, me first, as the participants panel lists them. The same {@link
 * TileViewModel}s the tiles show, so a volume set here and a mute mark seen there are one state.
 * The call's view model adds and removes participants and, while I host, sets {@link
 * #removeActionProperty()} so the list offers "Remove".
 *
 * <p>FX thread only.
 */
public final class ParticipantsViewModel {

  private final ObservableList<TileViewModel> participants = FXCollections.observableArrayList();
  private final ObjectProperty<Consumer<TileViewModel>> removeAction =
      new SimpleObjectProperty<>(this, "removeAction");
  private final BooleanBinding canRemove = removeAction.isNotNull();

  public ObservableList<TileViewModel> participants() {
    return participants;
  }

  /** The participant with this id, if present. */
  public Optional<TileViewModel> find(String participantId) {
    return participants.stream()
        .filter(participant -> participant.participantId().equals(participantId))
        .findFirst();
  }

  /** Adds a participant, or returns the one already listed under that id. */
  public TileViewModel join(TileViewModel participant) {
    Optional<TileViewModel> existing = find(participant.participantId());
    if (existing.isPresent()) {
      return existing.get();
    }
    if (participant.isMe()) {
      participants.add(0, participant);
    } else {
      participants.add(participant);
    }
    return participant;
  }

  /** Takes a participant off the list (they left or were removed). */
  public void leave(String participantId) {
    participants.removeIf(participant -> participant.participantId().equals(participantId));
  }

  /** Everyone but me leaves (the call ended). */
  public void clearOthers() {
    participants.removeIf(participant -> !participant.isMe());
  }

  /**
   * What "Remove" does (ask the host to remove this participant), or null when I am not hosting and
   * may remove no one.
   */
  public ObjectProperty<Consumer<TileViewModel>> removeActionProperty() {
    return removeAction;
  }

  /** True while I host the call and may remove others. */
  public BooleanBinding canRemove() {
    return canRemove;
  }

  /** Asks to remove a participant; returns false when not hosting, or for my own entry. */
  public boolean remove(TileViewModel participant) {
    Consumer<TileViewModel> action = removeAction.get();
    if (action == null || participant.isMe()) {
      return false;
    }
    action.accept(participant);
    return true;
  }
}
