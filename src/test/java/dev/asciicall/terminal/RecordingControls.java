package dev.asciicall.terminal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link CallControls} that write down what they were asked, in order. */
final class RecordingControls implements CallControls {

  final List<String> calls = new CopyOnWriteArrayList<>();

  @Override
  public void toggleMute() {
    calls.add("mute");
  }

  @Override
  public void toggleCamera() {
    calls.add("camera");
  }

  @Override
  public void sendChat(String text) {
    calls.add("chat:" + text);
  }

  @Override
  public void cyclePalette() {
    calls.add("palette");
  }

  @Override
  public void toggleColor() {
    calls.add("colour");
  }

  @Override
  public void moreDetail() {
    calls.add("more detail");
  }

  @Override
  public void lessDetail() {
    calls.add("less detail");
  }

  @Override
  public void leave() {
    calls.add("leave");
  }
}
