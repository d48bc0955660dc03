package dev.asciicall.codec;

/**
 * A well-formed delta arrived whose base frame the decoder does not hold (it joined late, a frame
 * was dropped, or an earlier payload was corrupt). Not an attack: the call layer should ask the
 * sender for a keyframe and keep the connection.
 */
public final class MissingKeyframeException extends CodecException {

  private static final long serialVersionUID = 1L;

  public MissingKeyframeException(String message) {
    super(message);
  }
}
