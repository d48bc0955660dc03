package dev.asciicall.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * How tests wait: for a condition, never for a fixed time. Each method looks at its condition again
 * and again, a little less often the longer it takes (1 ms growing to 20 ms), and returns as soon
 * as it holds; after {@link #LIMIT} (or the limit given) it fails with what it waited for and the
 * line that waited, so a timeout reads like any failed assertion.
 *
 * <p>The condition runs on the waiting thread, except for {@link #onFxThread}, which reads JavaFX
 * state on the JavaFX application thread (the only thread that may read it). Interrupting the
 * waiting thread ({@code assertTimeoutPreemptively} does on its own timeout) ends the wait with a
 * failure.
 */
public final class Await {

  /**
   * How long a wait may take by default: far more than any condition needs on an idle machine, and
   * enough for one on a loaded 2-core machine. Tests bound their total time themselves too.
   */
  public static final Duration LIMIT = Duration.ofSeconds(20);

  private static final long FIRST_PAUSE_MILLIS = 1;
  private static final long LONGEST_PAUSE_MILLIS = 20;

  private Await() {}

  /** Waits until {@code condition} holds; a failure names the line that waited. */
  public static void until(BooleanSupplier condition) {
    until(null, LIMIT, condition);
  }

  /** Waits until {@code condition} holds; a failure says it waited for {@code what}. */
  public static void until(String what, BooleanSupplier condition) {
    until(what, LIMIT, condition);
  }

  /** Waits at most {@code limit} until {@code condition} holds. */
  public static void until(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    long pause = FIRST_PAUSE_MILLIS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(
            "waited " + describe(limit) + " for " + describe(what) + ", in vain");
      }
      pauseOrFail(pause, what);
      pause = Math.min(2 * pause, LONGEST_PAUSE_MILLIS);
    }
  }

  /** Waits until {@code lookup} finds something, and returns it. */
  public static <T> T untilPresent(String what, Supplier<Optional<T>> lookup) {
    AtomicReference<T> found = new AtomicReference<>();
    until(
        what,
        LIMIT,
        () -> {
          lookup.get().ifPresent(found::set);
          return found.get() != null;
        });
    return found.get();
  }

  /**
   * Waits until {@code assertions} pass, and fails with their last failure if they never do: for
   * conditions whose failure message should show what was there instead (a label's text, a list).
   * Exceptions other than assertion failures end the wait at once.
   */
  public static void untilAsserted(Assertions assertions) {
    untilAsserted(LIMIT, assertions);
  }

  /** Waits at most {@code limit} until {@code assertions} pass. */
  public static void untilAsserted(Duration limit, Assertions assertions) {
    AssertionError[] last = new AssertionError[1];
    try {
      until(
          null,
          limit,
          () -> {
            try {
              assertions.check();
              return true;
            } catch (AssertionError failure) {
              last[0] = failure;
              return false;
            } catch (RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    } catch (AssertionError timedOut) {
      if (last[0] == null) {
        throw timedOut;
      }
      AssertionError failure =
          new AssertionError(
              "still failing after " + describe(limit) + ": " + last[0].getMessage(), last[0]);
      failure.setStackTrace(last[0].getStackTrace());
      throw failure;
    }
  }

  /**
   * Waits until {@code condition}, evaluated on the JavaFX application thread, holds. Call it from
   * the test thread, never from the FX thread (which would then wait for itself).
   */
  public static void onFxThread(String what, BooleanSupplier condition) {
    onFxThread(what, LIMIT, condition);
  }

  /** Waits at most {@code limit} until {@code condition}, read on the FX thread, holds. */
  public static void onFxThread(String what, Duration limit, BooleanSupplier condition) {
    if (Platform.isFxApplicationThread()) {
      throw new IllegalStateException("waiting on the FX thread would block what it waits for");
    }
    until(what, limit, () -> readOnFxThread(condition, what));
  }

  /** Assertions that may throw checked exceptions, retried by {@link #untilAsserted}. */
  @FunctionalInterface
  public interface Assertions {
    void check() throws Exception;
  }

  private static boolean readOnFxThread(BooleanSupplier condition, String what) {
    CompletableFuture<Boolean> answer = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            answer.complete(condition.getAsBoolean());
          } catch (Throwable e) {
            answer.completeExceptionally(e);
          }
        });
    try {
      // A busy FX thread is not a failure by itself: try again at the next look.
      return answer.get(1, TimeUnit.SECONDS);
    } catch (TimeoutException busy) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + describe(what), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void pauseOrFail(long millis, String what) {
    try {
      // The pause between two looks at the condition: the one sleep the tests need.
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + describe(what), e);
    }
  }

  private static String describe(Duration limit) {
    return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
  }

  /** What was awaited, or the test line that waited when no description was given. */
  private static String describe(String what) {
    if (what != null) {
      return what;
    }
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(frame -> !frame.getClassName().equals(Await.class.getName()))
                    .findFirst()
                    .map(
                        frame ->
                            "the condition at " + frame.getFileName() + ":" + frame.getLineNumber())
                    .orElse("a condition"));
  }
}
