package dev.asciicall.ui;

import dev.asciicall.capture.VideoFrame;

/**
 * Turns a captured picture into the grid a tile draws. One instance per pipeline, called from that
 * pipeline's thread only, so implementations may keep reusable buffers.
 */
@FunctionalInterface
public interface GridConverter {

  TextGrid convert(VideoFrame frame);
}
