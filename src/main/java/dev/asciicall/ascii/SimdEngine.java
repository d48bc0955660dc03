package dev.asciicall.ascii;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether conversions use the incubating Vector API. It is <em>available</em> only when the JVM was
 * started with {@code --add-modules jdk.incubator.vector} (the app's launchers, {@code mvn
 * javafx:run} and the tests do; a bare {@code java -jar} does not) and the machine gives it lanes
 * of at least 256 bits; {@code -Dasciicall.simd=off} turns it off for comparisons.
 *
 * <p>It becomes <em>active</em> only once warmed up: until C2 has compiled it, Vector API code runs
 * as slow Java fallbacks (the first frame of a cold start took two seconds). So after a few
 * conversions a background thread, {@code simd-warmup}, runs both paths on a small picture until
 * the vector one is the faster, and conversions switch to it from then on. Until then, and for good
 * where it is not available, the engine sums eight bytes at a time in plain longs, with the same
 * results. A one-off {@code convert} never starts the warm-up.
 */
public final class SimdEngine {

  private static final String MODULE = "jdk.incubator.vector";
  private static final int MINIMUM_BITS = 256;
  // Conversions before the warm-up starts: a long-running converter, not a one-off command.
  private static final int CONVERSIONS_BEFORE_WARM_UP = 5;
  private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(60);

  private static final boolean TURNED_OFF = "off".equals(System.getProperty("asciicall.simd"));
  private static final int LANE_BITS = detect();
  private static final AtomicInteger CONVERSIONS = new AtomicInteger();
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final CountDownLatch FINISHED = new CountDownLatch(1);
  private static volatile boolean active;

  private SimdEngine() {}

  /** Whether this JVM can use the Vector API at all. */
  public static boolean available() {
    return LANE_BITS > 0;
  }

  /** Whether conversions use the Vector API now: available and warmed up. */
  public static boolean active() {
    return active;
  }

  /** For benchmarks: {@code "vector-512"}, {@code "vector-256"} or {@code "none"}. */
  public static String describe() {
    return active ? "vector-" + LANE_BITS : "none";
  }

  /**
   * What to tell a user who runs without it; null when it is available or turned off on purpose.
   */
  public static String hint() {
    if (available() || TURNED_OFF) {
      return null;
    }
    return ModuleLayer.boot().findModule(MODULE).isPresent()
        ? "this machine's vector lanes are narrower than " + MINIMUM_BITS + " bits"
        : "start java with --add-modules " + MODULE + " for the faster SIMD conversion";
  }

  /**
   * Starts the warm-up if it is available and not started, and waits for it up to {@code timeout};
   * true if conversions now use the Vector API. For benchmarks and tests.
   */
  public static boolean awaitActive(Duration timeout) throws InterruptedException {
    startWarmUp();
    FINISHED.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    return active;
  }

  /** Counts a conversion; the first few of a process start the warm-up. Any thread. */
  static void noteConversion() {
    if (!STARTED.get() && CONVERSIONS.incrementAndGet() >= CONVERSIONS_BEFORE_WARM_UP) {
      startWarmUp();
    }
  }

  private static void startWarmUp() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    if (!available()) {
      FINISHED.countDown();
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                active = SimdWarmUp.run(WARM_UP_LIMIT);
              } catch (RuntimeException | LinkageError e) {
                active = false; // the plain path serves; nothing is lost
              } finally {
                FINISHED.countDown();
              }
            },
            "simd-warmup");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** The Vector API row summer, or null when it is not available. */
  static VectorRows rows(int rowBytes) {
    return available() ? new VectorRows(rowBytes) : null;
  }

  /** The Vector API column pooler for whole-pixel columns, or null when it is not available. */
  static VectorColumns columns(ColumnPooler horizontal, int width, int columns, int[] lumaWeights) {
    return available() ? new VectorColumns(horizontal, width, columns, lumaWeights) : null;
  }

  private static int detect() {
    if (TURNED_OFF || ModuleLayer.boot().findModule(MODULE).isEmpty()) {
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
