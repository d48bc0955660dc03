package dev.asciicall.terminal;

import dev.asciicall.call.CallService;
import dev.asciicall.call.LocalVideo;

/**
 * The keys of a terminal call against the call layer: the same {@link CallService} and {@link
 * LocalVideo} calls the window's buttons make. Mute is instant and shown to the others; camera off
 * stops capture (the device is released) and tells the others; chat goes to everyone; leaving ends
 * the call (for everyone when hosting).
 *
 * <p>Threads: the key thread (and a signal thread for {@link #leave}); every call returns at once.
 */
final class CallKeys implements CallControls {

  private final CallService calls;
  private final LocalVideo video;
  private final PictureControls picture;
  private final CallScreenModel model;
  private LocalMedia media = LocalMedia.ON; // guarded by this

  CallKeys(CallService calls, LocalVideo video, PictureControls picture, CallScreenModel model) {
    this.calls = calls;
    this.video = video;
    this.picture = picture;
    this.model = model;
  }

  @Override
  public void toggleMute() {
    LocalMedia now;
    synchronized (this) {
      media = new LocalMedia(!media.microphoneMuted(), media.cameraOff());
      now = media;
    }
    if (now.microphoneMuted()) {
      calls.muteMicrophone();
    } else {
      calls.unmuteMicrophone();
    }
    model.localMedia(now);
    model.notice(now.microphoneMuted() ? "microphone muted" : "microphone on");
  }

  @Override
  public void toggleCamera() {
    LocalMedia now;
    synchronized (this) {
      media = new LocalMedia(media.microphoneMuted(), !media.cameraOff());
      now = media;
    }
    if (now.cameraOff()) {
      video.turnCameraOff();
      calls.showCameraOff();
    } else {
      video.turnCameraOn();
      calls.showCameraOn();
    }
    model.localMedia(now);
    model.notice(now.cameraOff() ? "camera off: nothing is sent" : "camera on");
  }

  @Override
  public void sendChat(String text) {
    calls.sendChat(text);
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
    calls.leave();
  }
}
