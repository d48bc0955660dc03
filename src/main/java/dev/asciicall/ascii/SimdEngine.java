package dev.asciicall.ascii;

/**
 * Decides once per process whether the conversion may use the incubating Vector API: only when the
 * JVM was started with {@code --add-modules jdk.incubator.vector} (the app's launchers, {@code mvn
 * javafx:run} and the tests do; a bare {@code java -jar} does not) and the machine gives it lanes
 * of at least 256 bits. Otherwise the engine sums eight bytes at a time in plain longs, with the
 * same results. {@code -Dasciicall.simd=off} turns the Vector API off for comparisons.
 */
public final class SimdEngine {

  private static final String MODULE = "jdk.incubator.vector";
  private static final int MINIMUM_BITS = 256;
  private static final int LANE_BITS = detect();

  private SimdEngine() {}

  /** Whether conversions use the Vector API in this process. */
  public static boolean active() {
    return LANE_BITS > 0;
  }

  /** For benchmarks: {@code "vector-512"}, {@code "vector-256"} or {@code "none"}. */
  public static String describe() {
    return active() ? "vector-" + LANE_BITS : "none";
  }

  /** What to tell a user who runs without it; null when it is active or turned off on purpose. */
  public static String hint() {
    if (active() || "off".equals(System.getProperty("asciicall.simd"))) {
      return null;
    }
    return ModuleLayer.boot().findModule(MODULE).isPresent()
        ? "this machine's vector lanes are narrower than " + MINIMUM_BITS + " bits"
        : "start java with --add-modules " + MODULE + " for the faster SIMD conversion";
  }

  /** The Vector API row summer, or null when it is not active. */
  static VectorRows rows(int rowBytes, int[] pattern) {
    return active() ? new VectorRows(rowBytes, pattern) : null;
  }

  private static int detect() {
    if ("off".equals(System.getProperty("asciicall.simd"))
        || ModuleLayer.boot().findModule(MODULE).isEmpty()) {
      return 0;
    }
    try {
      int bits = VectorRows.laneBits();
      return bits >= MINIMUM_BITS ? bits : 0;
    } catch (LinkageError e) {
      return 0; // a JDK whose incubating API differs: the plain path works everywhere
    }
  }
}
