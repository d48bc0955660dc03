package dev.asciicall.net;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an endpoint's tasks so that nothing thrown by one vanishes: an executor keeps a task's
 * exception in a future nobody reads, so an {@link Error} (out of memory) would leave the call half
 * broken and looking alive. Errors go to the owner's fatal handler; any other exception is a bug in
 * that one task and costs a log line, not the call. {@link #execute} may throw {@link
 * java.util.concurrent.RejectedExecutionException} like the executor it wraps.
 */
final class GuardedExecutor implements Executor {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedExecutor.class);

  private final Executor delegate;
  private final Consumer<Throwable> fatal;

  GuardedExecutor(Executor delegate, Consumer<Throwable> fatal) {
    this.delegate = delegate;
    this.fatal = fatal;
  }

  @Override
  public void execute(Runnable task) {
    delegate.execute(guard(task));
  }

  /** {@code task}, guarded the same way, for timers. */
  Runnable guard(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (Error e) {
        fatal.accept(e);
      } catch (RuntimeException e) {
        LOG.warn("A task on {} failed: {}", Thread.currentThread().getName(), e.toString());
      }
    };
  }
}
