package dev.asciicall.capture;

/** Receives captured frames, on the executor it was registered with. */
@FunctionalInterface
public interface FrameSink {

  void accept(VideoFrame frame);
}
