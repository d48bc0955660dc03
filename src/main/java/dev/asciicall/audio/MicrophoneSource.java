package dev.asciicall.audio;

/**
 * The microphone, through a {@link CaptureLine}. {@link #read} blocks on the sound card's clock.
 * When the line stops delivering (unplugged, taken away by the system) it throws, and the call goes
 * on without my voice until another microphone is picked. Capture thread only.
 */
public final class MicrophoneSource implements AudioSource, DeviceClocked {

  /** Zero-byte reads in a row from a line that claims to be open before it counts as dead. */
  private static final int MAX_EMPTY_READS = 10;

  private final String name;
  private final CaptureLine.Opener opener;
  private final byte[] bytes = new byte[AudioFormats.FRAME_BYTES];
  private CaptureLine line;

  public MicrophoneSource(String name, CaptureLine.Opener opener) {
    this.name = name;
    this.opener = opener;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void open() throws AudioDeviceException {
    line = opener.open();
  }

  @Override
  public void read(short[] frame) throws AudioDeviceException {
    if (line == null) {
      throw new AudioDeviceException("Microphone " + name + " is not open");
    }
    int filled = 0;
    int emptyReads = 0;
    while (filled < bytes.length) {
      int read = line.read(bytes, filled, bytes.length - filled);
      if (read > 0) {
        filled += read;
        emptyReads = 0;
      } else if (read < 0 || !line.isOpen() || ++emptyReads > MAX_EMPTY_READS) {
        throw new AudioDeviceException("Microphone " + name + " stopped (unplugged or in use?)");
      }
    }
    AudioFormats.toSamples(bytes, frame, AudioFormats.FRAME_SAMPLES);
  }

  @Override
  public void close() {
    if (line != null) {
      line.close();
      line = null;
    }
  }
}
