package dev.asciicall.capture;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamEvent;
import com.github.sarxos.webcam.WebcamListener;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A camera through webcam-capture. Frames are read raw: through the device's {@link
 * WebcamDevice.BufferAccess} bytes when it offers them (the built-in driver does: R,G,B), else from
 * the image raster honouring its band offsets ({@link RgbImages#toRgb}); never {@code getRGB}.
 * Opened on the capture service's opener thread, read and closed on the capture thread.
 */
final class WebcamSource implements FrameSource {

  static final Resolution PREFERRED = new Resolution(640, 480);
  private static final long STALL_NANOS = 3_000_000_000L;

  private final WebcamCatalog catalog;
  private final SourceSpec.Camera spec;
  private Webcam webcam;
  private String name;
  private ByteBuffer buffer;
  private Dimension size;
  private long sequence;
  // Set on webcam-capture's discovery thread when it finds the camera unplugged and disposes it.
  private volatile boolean gone;
  private final WebcamListener disposalWatch = new DisposalWatch();

  WebcamSource(WebcamCatalog catalog, SourceSpec.Camera spec) {
    this.catalog = catalog;
    this.spec = spec;
    this.name = spec.name().map(n -> "Camera \"" + n + "\"").orElse("Camera");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double maxFramesPerSecond() {
    return 30;
  }

  @Override
  public void open() throws CaptureException {
    Webcam found = catalog.find(spec.name());
    name = "Camera \"" + found.getName() + "\"";
    if (found.isOpen()) {
      throw new CaptureException(name + " is already in use by this app.");
    }
    List<Resolution> offered = WebcamCatalog.resolutionsOf(found);
    Resolution chosen = choose(offered, spec.resolution().orElse(PREFERRED));
    try {
      if (chosen != null) {
        found.setViewSize(new Dimension(chosen.width(), chosen.height()));
      }
      if (!found.open()) {
        throw new CaptureException(name + " could not be opened (it may be closing). Try again.");
      }
    } catch (RuntimeException e) {
      throw new CaptureException(
          name
              + " could not be opened: "
              + reason(e)
              + ". Close other apps using it; on Linux check you may use /dev/video*"
              + " (be in the 'video' group).",
          e);
    }
    webcam = found;
    gone = false;
    found.addWebcamListener(disposalWatch);
    size = found.getViewSize();
    if (found.getDevice() instanceof WebcamDevice.BufferAccess) {
      buffer = ByteBuffer.allocate(size.width * size.height * 3);
    }
  }

  /** The requested size if offered, else the offered one closest in pixel count. */
  static Resolution choose(List<Resolution> offered, Resolution wanted) {
    Resolution best = null;
    for (Resolution candidate : offered) {
      if (best == null
          || Math.abs(candidate.pixels() - wanted.pixels())
              < Math.abs(best.pixels() - wanted.pixels())) {
        best = candidate;
      }
    }
    return best;
  }

  @Override
  public VideoFrame read() throws CaptureException {
    long waitingSince = System.nanoTime();
    while (true) {
      if (webcam == null || gone || !webcam.isOpen()) {
        throw unplugged(null);
      }
      byte[] rgb;
      try {
        rgb = buffer != null ? readBuffer() : readImage();
      } catch (RuntimeException e) {
        throw unplugged(e);
      }
      if (rgb != null) {
        return new VideoFrame(size.width, size.height, rgb, sequence++, System.nanoTime());
      }
      if (System.nanoTime() - waitingSince > STALL_NANOS
          || Thread.currentThread().isInterrupted()) {
        throw new CaptureException(
            name + " stopped delivering pictures. Check it is plugged in, then pick it again.");
      }
      LockSupport.parkNanos(5_000_000L);
    }
  }

  private byte[] readBuffer() {
    buffer.clear();
    webcam.getImageBytes(buffer);
    if (gone || !webcam.isOpen()) {
      // The library returns without writing when the device went away underneath it.
      return null;
    }
    // Drivers differ in whether they advance the position, so take the whole backing array.
    return buffer.array().clone();
  }

  private byte[] readImage() {
    BufferedImage image = webcam.getImage();
    if (image == null) {
      return null;
    }
    if (image.getWidth() != size.width || image.getHeight() != size.height) {
      size = new Dimension(image.getWidth(), image.getHeight());
    }
    return RgbImages.toRgb(image);
  }

  private CaptureException unplugged(RuntimeException cause) {
    return new CaptureException(
        name
            + " stopped working"
            + (cause != null ? " (" + reason(cause) + ")" : "")
            + ": it may have been unplugged. Plug it back in and it returns by itself.",
        cause);
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }

  @Override
  public void close() {
    Webcam open = webcam;
    webcam = null;
    if (open != null) {
      open.removeWebcamListener(disposalWatch);
      open.close();
    }
  }

  private final class DisposalWatch implements WebcamListener {
    @Override
    public void webcamOpen(WebcamEvent event) {}

    @Override
    public void webcamClosed(WebcamEvent event) {
      gone = true;
    }

    @Override
    public void webcamDisposed(WebcamEvent event) {
      gone = true;
    }

    @Override
    public void webcamImageObtained(WebcamEvent event) {}
  }
}
