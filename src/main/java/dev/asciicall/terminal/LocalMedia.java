package dev.asciicall.terminal;

/** My own microphone and camera switches, for the marks on my tile. */
public record LocalMedia(boolean microphoneMuted, boolean cameraOff) {

  public static final LocalMedia ON = new LocalMedia(false, false);
}
