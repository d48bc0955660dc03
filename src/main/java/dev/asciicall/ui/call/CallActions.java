package dev.asciicall.ui.call;

import dev.asciicall.call.CallService;
import dev.asciicall.call.CallStats;

/**
 * What the window's call view model asks of the call: the {@link CallService} in the app, a
 * recording fake in tests. Every method may be called on the FX thread and returns at once.
 */
public interface CallActions {

  /** Live figures; {@link CallStats#NONE} outside a call. */
  CallStats stats();

  /** How loud {@code participantId} is played for me: 0 silent, 1 as sent. */
  void setVolume(int participantId, double gain);

  void sendChat(String text);

  /** Leaves the call (ends it for everyone when hosting). */
  void leave();

  /** Hosting: removes {@code participantId} from the call. */
  void remove(int participantId);

  void muteMicrophone();

  void unmuteMicrophone();

  /** Tells the others my camera is off. */
  void showCameraOff();

  void showCameraOn();

  /** No call behind the window (views shown on their own): asks nothing, reports no figures. */
  CallActions NONE =
      new CallActions() {
        @Override
        public CallStats stats() {
          return CallStats.NONE;
        }

        @Override
        public void setVolume(int participantId, double gain) {}

        @Override
        public void sendChat(String text) {}

        @Override
        public void leave() {}

        @Override
        public void remove(int participantId) {}

        @Override
        public void muteMicrophone() {}

        @Override
        public void unmuteMicrophone() {}

        @Override
        public void showCameraOff() {}

        @Override
        public void showCameraOn() {}
      };

  /** The window's call service. */
  static CallActions of(CallService calls) {
    return new CallActions() {
      @Override
      public CallStats stats() {
        return calls.stats();
      }

      @Override
      public void setVolume(int participantId, double gain) {
        calls.setVolume(participantId, gain);
      }

      @Override
      public void sendChat(String text) {
        calls.sendChat(text);
      }

      @Override
      public void leave() {
        calls.leave();
      }

      @Override
      public void remove(int participantId) {
        calls.remove(participantId);
      }

      @Override
      public void muteMicrophone() {
        calls.muteMicrophone();
      }

      @Override
      public void unmuteMicrophone() {
        calls.unmuteMicrophone();
      }

      @Override
      public void showCameraOff() {
        calls.showCameraOff();
      }

      @Override
      public void showCameraOn() {
        calls.showCameraOn();
      }
    };
  }
}
