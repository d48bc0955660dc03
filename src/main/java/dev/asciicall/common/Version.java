package dev.asciicall.common;

/** The application and protocol versions, read from the jar manifest when packaged. */
public final class Version {

  /** Bumped whenever the wire protocol changes incompatibly. */
  public static final int PROTOCOL = 3;

  private static final String FALLBACK = "0.1.0";

  private Version() {}

  /** The application version, e.g. {@code 0.1.0}. */
  public static String application() {
    String fromManifest = Version.class.getPackage().getImplementationVersion();
    return fromManifest != null ? fromManifest : FALLBACK;
  }
}
