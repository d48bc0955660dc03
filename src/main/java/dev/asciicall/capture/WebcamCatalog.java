package dev.asciicall.capture;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDriver;
import com.github.sarxos.webcam.ds.buildin.WebcamDefaultDriver;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one door to webcam-capture's static {@link Webcam} API. Tests install a synthetic driver with
 * {@code Webcam.setDriver} before using it. All calls are serialised on one lock because the
 * library's discovery state is global. Called from the capture thread or a command, never the FX
 * thread (discovery can take a while).
 */
public final class WebcamCatalog {

  private static final Object LOCK = new Object();
  private static final long DISCOVERY_TIMEOUT_MILLIS = 5000;

  private final NativeCameraLibrary nativeLibrary;
  // Guarded by LOCK: once the library has looked, later looks must rescan explicitly.
  private static boolean discovered;

  WebcamCatalog(NativeCameraLibrary nativeLibrary) {
    this.nativeLibrary = nativeLibrary;
  }

  /** The cameras of this machine through whatever driver webcam-capture has installed. */
  public static WebcamCatalog system() {
    return new WebcamCatalog(NativeCameraLibrary.system());
  }

  /** Lists the cameras now (rescanning, so a re-plugged camera shows up), or says why none. */
  public CameraDiscovery discover() {
    Lookup lookup = lookup();
    if (lookup.problem().isPresent()) {
      return CameraDiscovery.failed(lookup.problem().get());
    }
    List<CameraInfo> cameras = new ArrayList<>();
    for (Webcam webcam : lookup.webcams()) {
      cameras.add(new CameraInfo(webcam.getName(), resolutionsOf(webcam)));
    }
    return CameraDiscovery.found(cameras);
  }

  /** The camera matching {@code name} exactly, else the only one containing it (any case). */
  Webcam find(Optional<String> name) throws CaptureException {
    Lookup lookup = lookup();
    if (lookup.problem().isPresent()) {
      throw new CaptureException(lookup.problem().get());
    }
    List<Webcam> webcams = lookup.webcams();
    if (webcams.isEmpty()) {
      throw new CaptureException(
          name.map(n -> "Camera \"" + n + "\" was not found: no camera is connected.")
              .orElse("No camera found: plug one in, or pick another source."));
    }
    if (name.isEmpty()) {
      return webcams.get(0);
    }
    String wanted = name.get();
    List<Webcam> partial = new ArrayList<>();
    for (Webcam webcam : webcams) {
      if (webcam.getName().equals(wanted)) {
        return webcam;
      }
      if (webcam.getName().toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT))) {
        partial.add(webcam);
      }
    }
    if (partial.size() == 1) {
      return partial.get(0);
    }
    List<String> names = webcams.stream().map(Webcam::getName).toList();
    throw new CaptureException(
        "Camera \""
            + wanted
            + "\" was not found"
            + (partial.isEmpty() ? "" : " (it matches several)")
            + "; connected cameras: "
            + String.join(", ", names)
            + ".");
  }

  static List<Resolution> resolutionsOf(Webcam webcam) {
    Dimension[] sizes = webcam.getViewSizes();
    List<Resolution> resolutions = new ArrayList<>();
    if (sizes != null) {
      for (Dimension size : sizes) {
        if (size != null && size.width > 0 && size.height > 0) {
          Resolution resolution = new Resolution(size.width, size.height);
          if (!resolutions.contains(resolution)) {
            resolutions.add(resolution);
          }
        }
      }
    }
    resolutions.sort(Comparator.comparingLong(Resolution::pixels));
    return resolutions;
  }

  private record Lookup(List<Webcam> webcams, Optional<String> problem) {}

  private Lookup lookup() {
    synchronized (LOCK) {
      try {
        WebcamDriver driver = Webcam.getDriver();
        if (driver instanceof WebcamDefaultDriver) {
          Optional<String> missing = nativeLibrary.problem();
          if (missing.isPresent()) {
            return new Lookup(List.of(), missing);
          }
        }
        if (discovered) {
          // Rescan so cameras plugged in or out since the last look are seen now.
          Webcam.getDiscoveryService().scan();
        }
        List<Webcam> webcams = Webcam.getWebcams(DISCOVERY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        discovered = true;
        return new Lookup(List.copyOf(webcams), Optional.empty());
      } catch (TimeoutException e) {
        return new Lookup(
            List.of(),
            Optional.of(
                "Looking for cameras took longer than 5 s; the camera driver may be stuck."
                    + " Unplug and re-plug the camera, then pick it again."));
      } catch (RuntimeException e) {
        return new Lookup(List.of(), Optional.of(explain(e)));
      }
    }
  }

  /** Turns a discovery failure into what the user should do about it. */
  static String explain(Throwable failure) {
    Throwable root = failure;
    StringBuilder chain = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      chain.append(t.getMessage()).append(' ');
      root = t;
    }
    String text = chain.toString();
    if (text.contains("libv4l") || text.contains("OpenIMAJGrabber")) {
      return NativeCameraLibrary.MISSING_MESSAGE;
    }
    return "Looking for cameras failed: "
        + (root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName())
        + ".";
  }
}
