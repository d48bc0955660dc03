package dev.asciicall.terminal;

/**
 * The keys of the preview: only those about my own picture ({@link KeyMap#PREVIEW} never asks for
 * mute, camera or chat, as there is no call to tell) and {@code q} to quit.
 */
final class PreviewKeys implements CallControls {

  private final PictureControls picture;

  PreviewKeys(PictureControls picture) {
    this.picture = picture;
  }

  @Override
  public void toggleMute() {
    // Not a preview key: there is no microphone in the preview.
  }

  @Override
  public void toggleCamera() {
    // Not a preview key: quitting is how the preview lets go of the camera.
  }

  @Override
  public void sendChat(String text) {
    // Not a preview key: there is nobody to send to.
  }

  @Override
  public void cyclePalette() {
    picture.cyclePalette();
  }

  @Override
  public void toggleColor() {
    picture.toggleColor();
  }

  @Override
  public void moreDetail() {
    picture.moreDetail();
  }

  @Override
  public void lessDetail() {
    picture.lessDetail();
  }

  @Override
  public void leave() {
    // TerminalCall ends its loop after this; the caller closes the picture's pipeline.
  }
}
