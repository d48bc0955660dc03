package dev.asciicall.capture;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of looking for cameras: the cameras found, or the plain reason there are none (the
 * native library is missing, discovery failed, nothing is plugged in).
 */
public record CameraDiscovery(List<CameraInfo> cameras, Optional<String> problem) {

  public CameraDiscovery {
    cameras = List.copyOf(cameras);
  }

  static CameraDiscovery found(List<CameraInfo> cameras) {
    return new CameraDiscovery(
        cameras,
        cameras.isEmpty()
            ? Optional.of("No camera found: plug one in (or check it is not disabled).")
            : Optional.empty());
  }

  static CameraDiscovery failed(String reason) {
    return new CameraDiscovery(List.of(), Optional.of(reason));
  }
}
