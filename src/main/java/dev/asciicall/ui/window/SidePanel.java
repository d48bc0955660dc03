package dev.asciicall.ui.window;

import dev.asciicall.ui.chat.ChatView;
import dev.asciicall.ui.chat.ChatViewModel;
import dev.asciicall.ui.people.ParticipantsView;
import dev.asciicall.ui.people.ParticipantsViewModel;
import dev.asciicall.ui.settings.SettingsSheet;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The right-hand drawer: the chat, the participants list or the settings sheet, or nothing. Opened
 * and closed with the three toggle buttons it makes for the toolbar (one open at a time); the chat
 * button carries the unread badge. FX thread only.
 */
public final class SidePanel extends StackPane {

  private final ToggleGroup group = new ToggleGroup();
  private final ToggleButton chatToggle = new ToggleButton("Chat");
  private final ToggleButton peopleToggle = new ToggleButton("People");
  private final ToggleButton settingsToggle = new ToggleButton("Settings");
  private final BooleanBinding open = group.selectedToggleProperty().isNotNull();

  public SidePanel(ChatViewModel chat, ParticipantsViewModel people, SettingsSheet settings) {
    setId("side-panel");
    getStyleClass().add("side-drawer");
    ChatView chatView = new ChatView(chat);
    ParticipantsView peopleView = new ParticipantsView(people);
    chatView.visibleProperty().bind(chatToggle.selectedProperty());
    peopleView.visibleProperty().bind(peopleToggle.selectedProperty());
    settings.visibleProperty().bind(settingsToggle.selectedProperty());
    getChildren().addAll(chatView, peopleView, settings);
    // Closed, the drawer takes no room at all; open, only the shown part sets its width.
    for (javafx.scene.Node part : getChildren()) {
      part.managedProperty().bind(part.visibleProperty());
    }
    visibleProperty().bind(open);
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
    badge.setMouseTransparent(true);
    chatToggle.setGraphic(badge);
    chatToggle.setAlignment(Pos.CENTER);

    peopleToggle.setId("people-toggle");
    peopleToggle.setToggleGroup(group);
    peopleToggle.setTooltip(new Tooltip("Show or hide who is in the call (Ctrl+P)"));
    settingsToggle.setId("settings-toggle");
    settingsToggle.setToggleGroup(group);
    settingsToggle.setTooltip(new Tooltip("Picture, microphone, speakers and window (Ctrl+,)"));
  }

  public ToggleButton chatToggle() {
    return chatToggle;
  }

  public ToggleButton peopleToggle() {
    return peopleToggle;
  }

  public ToggleButton settingsToggle() {
    return settingsToggle;
  }

  /** True while the chat, people or settings are open. */
  public BooleanBinding openProperty() {
    return open;
  }

  /** Opens the chat, or closes the drawer if the chat is open (Ctrl+T). */
  public void toggleChat() {
    chatToggle.setSelected(!chatToggle.isSelected());
  }

  /** Opens the people list, or closes it (Ctrl+P). */
  public void togglePeople() {
    peopleToggle.setSelected(!peopleToggle.isSelected());
  }

  /** Opens the settings sheet, or closes it (Ctrl+,). */
  public void toggleSettings() {
    settingsToggle.setSelected(!settingsToggle.isSelected());
  }
}
