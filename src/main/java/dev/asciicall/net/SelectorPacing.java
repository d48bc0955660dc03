package dev.asciicall.net;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Server;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops KryoNet's update threads from napping while media flows. KryoNet counts selects that return
 * no ready key and, on the 100th in a row, sleeps up to 25 ms (a guard against a spinning
 * selector). But every {@code sendTCP} that writes its bytes at once also wakes the selector, so a
 * busy sender reaches 100 "empty" selects quickly and its update thread then sleeps with incoming
 * frames waiting: up to 25 ms of added one-way latency, several times a second. Resetting the
 * counter after each update keeps the thread responsive; a truly spinning selector is still bounded
 * by the {@link #SPIN_GUARD} below.
 *
 * <p>The counter is a private field, reached by a {@link VarHandle} (the class path grants the
 * access); if a future KryoNet renames it, pacing silently stays as KryoNet does it.
 */
final class SelectorPacing {

  /** More empty selects than this within one millisecond is a spinning selector: let it nap. */
  static final int SPIN_GUARD = 50;

  private static final Logger LOG = LoggerFactory.getLogger(SelectorPacing.class);
  private static final VarHandle CLIENT_EMPTY_SELECTS = emptySelects(Client.class);
  private static final VarHandle SERVER_EMPTY_SELECTS = emptySelects(Server.class);

  private final VarHandle counter;
  private long windowStartNanos;
  private int emptyInWindow;

  private SelectorPacing(VarHandle counter) {
    this.counter = counter;
  }

  static SelectorPacing forClient() {
    return new SelectorPacing(CLIENT_EMPTY_SELECTS);
  }

  static SelectorPacing forServer() {
    return new SelectorPacing(SERVER_EMPTY_SELECTS);
  }

  /** Called by the update thread after each update of {@code endpoint}. */
  void afterUpdate(Object endpoint) {
    if (counter == null) {
      return;
    }
    int empty = (int) counter.get(endpoint);
    if (empty == 0) {
      return;
    }
    long now = System.nanoTime();
    if (now - windowStartNanos > 1_000_000) {
      windowStartNanos = now;
      emptyInWindow = 0;
    }
    if (++emptyInWindow <= SPIN_GUARD) {
      counter.set(endpoint, 0);
    }
  }

  private static VarHandle emptySelects(Class<?> type) {
    try {
      return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
          .findVarHandle(type, "emptySelects", int.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("KryoNet's select counter is not reachable; its update pacing stays", e);
      return null;
    }
  }
}
