package dev.asciicall.net;

/** Hosting or joining failed; the message is one line fit to show a user. */
public final class NetException extends Exception {

  private static final long serialVersionUID = 1L;

  private final NetFailure failure;

  public NetException(NetFailure failure, String message) {
    super(message);
    this.failure = failure;
  }

  public NetFailure failure() {
    return failure;
  }
}
