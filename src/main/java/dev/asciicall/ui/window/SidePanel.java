package dev.asciicall.ui.window;

import dev.asciicall.ui.chat.ChatView;
import dev.asciicall.ui.chat.ChatViewModel;
import dev.asciicall.ui.people.ParticipantsView;
import dev.asciicall.ui.people.ParticipantsViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The right-hand drawer: the chat or the participants list, or nothing. Opened and closed with the
 * two toggle buttons it makes for the controls bar (one open at a time); the chat button carries
 * the unread badge. FX thread only.
 */
public final class SidePanel extends StackPane {

  private final ToggleGroup group = new ToggleGroup();
  private final ToggleButton chatToggle = new ToggleButton("Chat");
  private final ToggleButton peopleToggle = new ToggleButton("People");

  public SidePanel(ChatViewModel chat, ParticipantsViewModel people) {
    setId("side-panel");
    ChatView chatView = new ChatView(chat);
    ParticipantsView peopleView = new ParticipantsView(people);
    chatView.visibleProperty().bind(chatToggle.selectedProperty());
    peopleView.visibleProperty().bind(peopleToggle.selectedProperty());
    getChildren().addAll(chatView, peopleView);
    // Closed, the drawer takes no room at all.
    visibleProperty().bind(group.selectedToggleProperty().isNotNull());
    managedProperty().bind(visibleProperty());
    chat.panelShowingProperty().bind(chatToggle.selectedProperty());

    chatToggle.setId("chat-toggle");
    chatToggle.setToggleGroup(group);
    chatToggle.setTooltip(new Tooltip("Show or hide the chat (Ctrl+T)"));
    Label badge = new Label();
    badge.setId("unread-badge");
    badge.getStyleClass().add("unread-badge");
    badge.textProperty().bind(chat.unreadBadge());
    badge.visibleProperty().bind(chat.unreadProperty().greaterThan(0));
    chatToggle.setGraphic(badge);
    chatToggle.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    chatToggle.setAlignment(Pos.CENTER);

    peopleToggle.setId("people-toggle");
    peopleToggle.setToggleGroup(group);
    peopleToggle.setTooltip(new Tooltip("Show or hide who is in the call"));
  }

  public ToggleButton chatToggle() {
    return chatToggle;
  }

  public ToggleButton peopleToggle() {
    return peopleToggle;
  }

  /** Opens the chat, or closes the drawer if the chat is open (Ctrl+T). */
  public void toggleChat() {
    chatToggle.setSelected(!chatToggle.isSelected());
  }
}
