package dev.asciicall.ui.preview;

import dev.asciicall.capture.VideoFrame;
import dev.asciicall.ui.feed.TextGrid;

/**
 * Turns a captured picture into the grid a tile draws. One instance per pipeline, called from that
 * pipeline's thread only, so implementations may keep reusable buffers.
 */
@FunctionalInterface
public interface GridConverter {

  TextGrid convert(VideoFrame frame);
}
