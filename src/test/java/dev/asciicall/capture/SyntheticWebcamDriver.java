package dev.asciicall.capture;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import com.github.sarxos.webcam.WebcamException;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webcam-capture driver with no hardware: devices paint a moving pattern (red = x + frame, green
 * = y, blue = 77) into the layouts real drivers return. Devices can refuse to open, be slow to open
 * (held at a gate the test releases, like BridJ loading for seconds), or die after a number of
 * frames; the device list can change to simulate unplugging and re-plugging.
 */
final class SyntheticWebcamDriver implements WebcamDriver {

  final List<WebcamDevice> devices = new CopyOnWriteArrayList<>();

  /** How often the device list was asked for: each discovery, each attempt to find a camera. */
  final AtomicInteger listings = new AtomicInteger();

  @Override
  public List<WebcamDevice> getDevices() {
    listings.incrementAndGet();
    return List.copyOf(devices);
  }

  @Override
  public boolean isThreadSafe() {
    // Like the built-in driver: webcam-capture then routes calls through its processor thread.
    return false;
  }

  enum Layout {
    /** Byte-interleaved R,G,B in a TYPE_CUSTOM image, as real devices deliver. */
    CUSTOM_RGB,
    /** Java's TYPE_3BYTE_BGR: the bands in the other order. */
    BGR
  }

  static int red(int x, int frame) {
    return (x + frame) & 0xFF;
  }

  static int green(int y) {
    return y & 0xFF;
  }

  static final int BLUE = 77;

  static class PatternDevice implements WebcamDevice {
    private final String name;
    private final Dimension[] resolutions;
    private final Layout layout;
    private final String openFailure;
    private final int dieAfterFrames;
    private Dimension resolution;
    private volatile boolean open;
    final AtomicInteger frames = new AtomicInteger();
    final AtomicInteger opens = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();

    /** When set, {@link #open()} waits until the test counts it down (at most 20 s). */
    volatile CountDownLatch openGate;

    /** Counted down when an open has begun (and is perhaps waiting at the gate). */
    final CountDownLatch openBegun = new CountDownLatch(1);

    PatternDevice(String name, Layout layout, String openFailure, int dieAfterFrames) {
      this.name = name;
      this.layout = layout;
      this.openFailure = openFailure;
      this.dieAfterFrames = dieAfterFrames;
      this.resolutions =
          new Dimension[] {new Dimension(176, 144), new Dimension(320, 240), new Dimension(64, 48)};
      this.resolution = resolutions[0];
    }

    static PatternDevice working(String name, Layout layout) {
      return new PatternDevice(name, layout, null, Integer.MAX_VALUE);
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public Dimension[] getResolutions() {
      return resolutions.clone();
    }

    @Override
    public Dimension getResolution() {
      return resolution;
    }

    @Override
    public void setResolution(Dimension size) {
      resolution = size;
    }

    @Override
    public BufferedImage getImage() {
      int frame = nextFrame();
      BufferedImage image =
          layout == Layout.BGR
              ? new BufferedImage(resolution.width, resolution.height, BufferedImage.TYPE_3BYTE_BGR)
              : RgbImages.createRgb(resolution.width, resolution.height);
      byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
      int i = 0;
      for (int y = 0; y < resolution.height; y++) {
        for (int x = 0; x < resolution.width; x++) {
          byte r = (byte) red(x, frame);
          byte g = (byte) green(y);
          byte b = (byte) BLUE;
          data[i++] = layout == Layout.BGR ? b : r;
          data[i++] = g;
          data[i++] = layout == Layout.BGR ? r : b;
        }
      }
      return image;
    }

    int nextFrame() {
      if (!open) {
        throw new WebcamException("device " + name + " is not open");
      }
      int frame = frames.getAndIncrement();
      if (frame >= dieAfterFrames) {
        throw new WebcamException("No such device: " + name + " was disconnected");
      }
      return frame;
    }

    @Override
    public void open() {
      opens.incrementAndGet();
      openBegun.countDown();
      CountDownLatch gate = openGate;
      if (gate != null) {
        try {
          gate.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (openFailure != null) {
        throw new WebcamException(openFailure);
      }
      open = true;
    }

    @Override
    public void close() {
      closes.incrementAndGet();
      open = false;
    }

    @Override
    public void dispose() {
      open = false;
    }

    @Override
    public boolean isOpen() {
      return open;
    }
  }

  /** A device that also offers raw R,G,B bytes, as the built-in driver does. */
  static final class BufferDevice extends PatternDevice implements WebcamDevice.BufferAccess {
    BufferDevice(String name) {
      super(name, Layout.CUSTOM_RGB, null, Integer.MAX_VALUE);
    }

    @Override
    public ByteBuffer getImageBytes() {
      ByteBuffer buffer = ByteBuffer.allocate(getResolution().width * getResolution().height * 3);
      getImageBytes(buffer);
      buffer.flip();
      return buffer;
    }

    @Override
    public void getImageBytes(ByteBuffer target) {
      int frame = nextFrame();
      for (int y = 0; y < getResolution().height; y++) {
        for (int x = 0; x < getResolution().width; x++) {
          target.put((byte) red(x, frame)).put((byte) green(y)).put((byte) BLUE);
        }
      }
    }
  }
}
