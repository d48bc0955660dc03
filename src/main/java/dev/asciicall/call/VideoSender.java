package dev.asciicall.call;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.codec.FrameEncoder;

/**
 * One outgoing video stream: pictures become ASCII with the engine, then compact payloads with the
 * codec (a keyframe first and whenever a receiver asks, deltas otherwise). {@link #encode} runs on
 * the stream's send thread only (the converter and encoder are stateful); {@link
 * #requestKeyframe()} may be called from any thread, typically the network thread.
 */
public final class VideoSender implements AutoCloseable {

  /** One frame as the engine drew it and as it goes on the wire. */
  public record Encoded(AsciiFrame frame, byte[] payload) {}

  private final AsciiConverter converter = new AsciiConverter();
  private final FrameEncoder encoder = new FrameEncoder();
  private final ConversionSettings settings;

  public VideoSender(ConversionSettings settings) {
    this.settings = settings;
  }

  public Encoded encode(VideoFrame picture) {
    AsciiFrame frame =
        converter.convert(
            PixelImage.rgb(picture.width(), picture.height(), picture.rgb()), settings);
    return new Encoded(frame, encoder.encode(GridMapping.toGrid(frame)));
  }

  public void requestKeyframe() {
    encoder.requestKeyframe();
  }

  @Override
  public void close() {
    encoder.close();
  }
}
