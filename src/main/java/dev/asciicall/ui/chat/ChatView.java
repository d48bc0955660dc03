package dev.asciicall.ui.chat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The chat panel: the lines so far (newest at the bottom, scrolled into view) and a field to type
 * in; Enter or Send sends. Outside a call the field is disabled and says why. FX thread only.
 */
public final class ChatView extends VBox {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  public ChatView(ChatViewModel model) {
    setId("chat-panel");
    getStyleClass().add("side-panel");
    Label title = new Label("Chat");
    title.getStyleClass().add("side-panel-title");

    ListView<ChatEntry> lines = new ListView<>(model.lines());
    lines.setId("chat-lines");
    lines.setPlaceholder(new Label("No messages yet"));
    lines.setCellFactory(list -> new LineCell(list));
    lines.setFocusTraversable(false);
    VBox.setVgrow(lines, Priority.ALWAYS);
    model
        .lines()
        .addListener(
            (javafx.collections.ListChangeListener<ChatEntry>)
                change -> lines.scrollTo(model.lines().size() - 1));

    TextField input = new TextField();
    input.setId("chat-input");
    input
        .promptTextProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.canSend())
                .then("Message everyone in the call")
                .otherwise("Join or host a call to chat"));
    input.disableProperty().bind(model.canSend().not());
    // Typed text beyond the network's limit would be cut on sending: stop it at the field instead.
    input.setTextFormatter(
        new javafx.scene.control.TextFormatter<String>(
            change ->
                change.getControlNewText().length() <= ChatViewModel.MAX_CHARS ? change : null));
    Button send = new Button("Send");
    send.setId("chat-send");
    send.disableProperty().bind(model.canSend().not());
    Runnable sendTyped =
        () -> {
          if (model.send(input.getText())) {
            input.clear();
          }
        };
    input.setOnAction(event -> sendTyped.run());
    send.setOnAction(event -> sendTyped.run());
    HBox.setHgrow(input, Priority.ALWAYS);
    HBox typing = new HBox(6, input, send);

    setPadding(new Insets(6));
    setPrefWidth(280);
    getChildren().addAll(title, lines, typing);
    // Opening the panel puts the cursor where the user will type.
    visibleProperty()
        .addListener(
            (observable, old, shown) -> {
              if (shown && !input.isDisabled()) {
                input.requestFocus();
              }
            });
  }

  /** One line: time, sender, text; my own lines are marked for the stylesheet. */
  private static final class LineCell extends ListCell<ChatEntry> {

    private final ListView<ChatEntry> list;

    LineCell(ListView<ChatEntry> list) {
      this.list = list;
    }

    @Override
    protected void updateItem(ChatEntry line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().remove("chat-line-mine");
      if (empty || line == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      if (line.mine()) {
        getStyleClass().add("chat-line-mine");
      }
      Text time = new Text(TIME.format(line.time().atZone(ZoneId.systemDefault())) + "  ");
      time.getStyleClass().add("chat-time");
      Text sender = new Text(line.sender() + ": ");
      sender.getStyleClass().add("chat-sender");
      Text text = new Text(line.text());
      text.getStyleClass().add("chat-text");
      TextFlow flow = new TextFlow(time, sender, text);
      flow.maxWidthProperty().bind(list.widthProperty().subtract(24));
      flow.prefWidthProperty().bind(flow.maxWidthProperty());
      setGraphic(flow);
      setText(null);
    }
  }
}
