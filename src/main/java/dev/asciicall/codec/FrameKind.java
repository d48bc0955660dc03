package dev.asciicall.codec;

/** Whether a payload stands alone or needs the previous frame. */
public enum FrameKind {
  /** Self-contained: dimensions, palette and every cell. */
  KEYFRAME,
  /** Only the cells that changed since the frame named by the base frame number. */
  DELTA
}
