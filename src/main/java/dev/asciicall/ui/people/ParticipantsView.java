package dev.asciicall.ui.people;

import dev.asciicall.ui.feed.TileViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The participants panel: everyone in the call with their microphone and camera state, connection
 * and safety code; a volume slider for each of the others, and "Remove" while I host. FX thread.
 */
public final class ParticipantsView extends VBox {

  public ParticipantsView(ParticipantsViewModel model) {
    super(6);
    setId("people-panel");
    getStyleClass().add("side-panel");
    setPadding(new Insets(6));
    setPrefWidth(280);
    Label title = new Label();
    title.getStyleClass().add("side-panel-title");
    title.textProperty().bind(Bindings.format("People (%d)", Bindings.size(model.participants())));
    ListView<TileViewModel> list = new ListView<>(model.participants());
    list.setId("people-list");
    list.setPlaceholder(new Label("Nobody here yet"));
    list.setCellFactory(view -> new ParticipantCell(model));
    list.setFocusTraversable(false);
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(title, list);
  }

  /**
   * One participant. Cells are reused for other participants as the list scrolls, so every binding
   * made for one participant is undone before the next is shown.
   */
  private static final class ParticipantCell extends ListCell<TileViewModel> {

    private final ParticipantsViewModel model;
    private final Label name = new Label();
    private final Label state = new Label();
    private final Label safety = new Label();
    private final Slider volume = new Slider(0, TileViewModel.MAX_VOLUME, 1);
    private final Button remove = new Button("Remove");
    private final VBox box;
    private TileViewModel shown;

    ParticipantCell(ParticipantsViewModel model) {
      this.model = model;
      name.getStyleClass().add("participant-name");
      state.getStyleClass().add("participant-state");
      safety.getStyleClass().add("participant-safety");
      volume.getStyleClass().add("participant-volume");
      volume.setTooltip(new Tooltip("How loud you hear them"));
      volume.setPrefWidth(120);
      remove.getStyleClass().add("participant-remove");
      // The button keeps its word; a long name gives way (its tooltip-free full text wraps below).
      remove.setMinWidth(Region.USE_PREF_SIZE);
      // The list is as wide as the drawer: a long name wraps instead of widening the cell and
      // pushing Remove out of view.
      setPrefWidth(0);
      name.setMinWidth(0);
      name.setWrapText(true);
      state.setWrapText(true);
      safety.setWrapText(true);
      remove.setOnAction(event -> model.remove(shown));
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      HBox top = new HBox(6, name, spacer, remove);
      top.setAlignment(Pos.CENTER_LEFT);
      HBox controls = new HBox(6, new Label("Volume"), volume);
      controls.setAlignment(Pos.CENTER_LEFT);
      controls.managedProperty().bind(controls.visibleProperty());
      box = new VBox(2, top, state, safety, controls);
      safety.managedProperty().bind(safety.visibleProperty());
      remove.managedProperty().bind(remove.visibleProperty());
    }

    @Override
    protected void updateItem(TileViewModel participant, boolean empty) {
      super.updateItem(participant, empty);
      if (shown != null) {
        name.textProperty().unbind();
        state.textProperty().unbind();
        safety.textProperty().unbind();
        safety.visibleProperty().unbind();
        safety.getStyleClass().remove("key-changed-text");
        volume.valueProperty().unbindBidirectional(shown.volumeProperty());
        remove.visibleProperty().unbind();
        shown = null;
      }
      if (empty || participant == null) {
        setGraphic(null);
        return;
      }
      shown = participant;
      name.textProperty()
          .bind(
              participant.isMe()
                  ? Bindings.concat(participant.nameProperty(), " (you)")
                  : participant.nameProperty());
      state
          .textProperty()
          .bind(
              Bindings.createStringBinding(
                  () -> describe(participant),
                  participant.microphoneMutedProperty(),
                  participant.microphoneMissingProperty(),
                  participant.cameraOffProperty(),
                  participant.speakingProperty(),
                  participant.qualityTextProperty()));
      safety
          .textProperty()
          .bind(
              Bindings.when(participant.keyChangedProperty())
                  .then(
                      Bindings.concat(
                          "Key changed since last call — compare safety code ",
                          participant.safetyCodeProperty()))
                  .otherwise(Bindings.concat("Safety code ", participant.safetyCodeProperty())));
      safety.visibleProperty().bind(participant.safetyCodeProperty().isNotEmpty());
      if (participant.keyChangedProperty().get()) {
        safety.getStyleClass().add("key-changed-text");
      }
      volume.valueProperty().bindBidirectional(participant.volumeProperty());
      ((HBox) volume.getParent()).setVisible(!participant.isMe());
      if (participant.isMe()) {
        remove.setVisible(false);
      } else {
        remove.visibleProperty().bind(model.canRemove());
      }
      setGraphic(box);
    }

    private static String describe(TileViewModel participant) {
      StringBuilder text = new StringBuilder();
      if (participant.microphoneMissingProperty().get()) {
        text.append("No microphone");
      } else {
        text.append(participant.microphoneMutedProperty().get() ? "Muted" : "Mic on");
      }
      text.append(participant.cameraOffProperty().get() ? " · camera off" : "");
      text.append(participant.speakingProperty().get() ? " · speaking" : "");
      String quality = participant.qualityTextProperty().get();
      if (!participant.isMe() && !quality.isEmpty()) {
        text.append(" · ").append(quality);
      }
      return text.toString();
    }
  }
}
