package dev.asciicall.portmap;

/**
 * A router answered, and said no. The message is the router's reason in plain words, e.g. {@code
 * UPnP error 718 ConflictInMappingEntry: port 54555 is already forwarded to another device}.
 */
public final class MappingRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final MappingProtocol protocol;
  private final int code;
  private final boolean unsupported;

  private MappingRefusedException(
      MappingProtocol protocol, int code, String reason, boolean unsupported) {
    super(reason);
    this.protocol = protocol;
    this.code = code;
    this.unsupported = unsupported;
  }

  /** The router refused this request. */
  static MappingRefusedException refused(MappingProtocol protocol, int code, String reason) {
    return new MappingRefusedException(protocol, code, reason, false);
  }

  /** The router does not speak this protocol (or this version of it): try the next one. */
  static MappingRefusedException unsupported(MappingProtocol protocol, int code, String reason) {
    return new MappingRefusedException(protocol, code, reason, true);
  }

  public MappingProtocol protocol() {
    return protocol;
  }

  /** The protocol's own result or error code. */
  public int code() {
    return code;
  }

  /** Whether the router only said it does not speak this protocol, rather than refusing. */
  public boolean unsupported() {
    return unsupported;
  }
}
