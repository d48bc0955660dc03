package dev.asciicall.ui.window;

import dev.asciicall.ui.appearance.AppearanceViewModel;
import dev.asciicall.ui.chat.ChatViewModel;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.people.ParticipantsViewModel;
import java.util.Objects;

/**
 * The view models of everything around the feeds (the call controls, the chat and people drawer,
 * the appearance), made once by the app and shared: the window's views bind to them, the app's
 * wiring and the call's view model fill them (on the FX thread).
 *
 * @param controls microphone and camera switches, level meter, device pickers
 * @param chat the chat panel's lines, unread count and outgoing sender
 * @param participants everyone in the call (me first) with their tile state
 * @param appearance theme and text size
 */
public record WindowModels(
    CallControlsViewModel controls,
    ChatViewModel chat,
    ParticipantsViewModel participants,
    AppearanceViewModel appearance) {

  public WindowModels {
    Objects.requireNonNull(controls);
    Objects.requireNonNull(chat);
    Objects.requireNonNull(participants);
    Objects.requireNonNull(appearance);
  }

  /** Fresh models with the defaults (dark theme, microphone live, camera on, no call). */
  public static WindowModels defaults() {
    return new WindowModels(
        new CallControlsViewModel(),
        new ChatViewModel(),
        new ParticipantsViewModel(),
        new AppearanceViewModel());
  }
}
