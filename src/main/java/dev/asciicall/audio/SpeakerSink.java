package dev.asciicall.audio;

/**
 * The speakers, through a {@link PlaybackLine}. {@link #write} blocks on the sound card's clock
 * once the device buffer is full. When the line stops taking audio it throws, and the call goes on
 * silently until other speakers are picked. Playback thread only.
 */
public final class SpeakerSink implements AudioSink, DeviceClocked {

  private final String name;
  private final PlaybackLine.Opener opener;
  private final byte[] bytes = new byte[AudioFormats.FRAME_BYTES];
  private PlaybackLine line;

  public SpeakerSink(String name, PlaybackLine.Opener opener) {
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
  public void write(short[] frame) throws AudioDeviceException {
    if (line == null) {
      throw new AudioDeviceException("Speakers " + name + " are not open");
    }
    AudioFormats.toBytes(frame, bytes, AudioFormats.FRAME_SAMPLES);
    int written = line.write(bytes, 0, bytes.length);
    if (written < bytes.length || !line.isOpen()) {
      throw new AudioDeviceException("Speakers " + name + " stopped (unplugged or in use?)");
    }
  }

  @Override
  public void close() {
    if (line != null) {
      line.close();
      line = null;
    }
  }
}
