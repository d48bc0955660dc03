package dev.asciicall.ui.window;

import dev.asciicall.ui.appearance.AppearanceViewModel;
import dev.asciicall.ui.call.CallActions;
import dev.asciicall.ui.call.CallTitleViewModel;
import dev.asciicall.ui.call.CallViewModel;
import dev.asciicall.ui.chat.ChatViewModel;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.lobby.LobbyViewModel;
import dev.asciicall.ui.people.ParticipantsViewModel;
import java.time.Clock;
import java.util.Objects;

/**
 * The window's view models (the lobby, the call and its title, the call controls, the chat and
 * people drawer, the appearance), made once by the app and shared: the window's views bind to them,
 * the app's wiring and the call's adapter fill them (on the FX thread).
 *
 * @param controls microphone and camera switches, level meter, device pickers
 * @param chat the chat panel's lines, unread count and outgoing sender
 * @param participants everyone in the call (me first) with their tile state
 * @param appearance theme and text size
 * @param call the call as the window shows it, and every decision about it
 * @param title the call's timer and the window's title
 * @param lobby my name and where to join before a call
 */
public record WindowModels(
    CallControlsViewModel controls,
    ChatViewModel chat,
    ParticipantsViewModel participants,
    AppearanceViewModel appearance,
    CallViewModel call,
    CallTitleViewModel title,
    LobbyViewModel lobby) {

  public WindowModels {
    Objects.requireNonNull(controls);
    Objects.requireNonNull(chat);
    Objects.requireNonNull(participants);
    Objects.requireNonNull(appearance);
    Objects.requireNonNull(call);
    Objects.requireNonNull(title);
    Objects.requireNonNull(lobby);
  }

  /**
   * The call's, title's and lobby's models over the given ones: the lobby can start a call only
   * while there is none.
   */
  public static WindowModels create(
      CallActions calls,
      CallControlsViewModel controls,
      AppearanceViewModel appearance,
      Clock clock) {
    ChatViewModel chat = new ChatViewModel();
    ParticipantsViewModel participants = new ParticipantsViewModel();
    CallViewModel call = new CallViewModel(calls, controls, chat, participants);
    LobbyViewModel lobby = new LobbyViewModel();
    lobby.startableProperty().bind(call.canStartProperty());
    return new WindowModels(
        controls, chat, participants, appearance, call, new CallTitleViewModel(call, clock), lobby);
  }

  /** Fresh models with the defaults (dark theme, microphone live, camera on, no call). */
  public static WindowModels defaults() {
    return create(
        CallActions.NONE,
        new CallControlsViewModel(),
        new AppearanceViewModel(),
        Clock.systemDefaultZone());
  }
}
