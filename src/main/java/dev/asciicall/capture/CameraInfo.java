package dev.asciicall.capture;

import java.util.List;

/** A camera found on the machine, with the resolutions its driver offers. */
public record CameraInfo(String name, List<Resolution> resolutions) {

  public CameraInfo {
    resolutions = List.copyOf(resolutions);
  }
}
