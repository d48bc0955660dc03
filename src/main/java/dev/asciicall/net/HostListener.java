package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's KryoNet listener. Runs on KryoNet's update thread ({@code net-host-update-N}), and on
 * whichever thread closes a connection: it only counts and queues onto the host thread, so a slow
 * host thread never stalls reading, and a flooding connection is cut off before its backlog grows.
 * What arrives after the host stopped is dropped.
 */
final class HostListener extends Listener {

  /** More unhandled messages than this from one connection is a flood: it is closed. */
  static final int MAX_QUEUED_PER_CONNECTION = 512;

  private static final Logger LOG = LoggerFactory.getLogger(HostListener.class);

  private final Executor hostThread;
  private final Consumer<Connection> connected;
  private final Consumer<Connection> disconnected;
  private final BiConsumer<Connection, Object> received;
  private final Map<Connection, AtomicInteger> backlog = new ConcurrentHashMap<>();

  /** The consumers run on {@code hostThread}. */
  HostListener(
      Executor hostThread,
      Consumer<Connection> connected,
      Consumer<Connection> disconnected,
      BiConsumer<Connection, Object> received) {
    this.hostThread = hostThread;
    this.connected = connected;
    this.disconnected = disconnected;
    this.received = received;
  }

  @Override
  public void connected(Connection connection) {
    queue(() -> connected.accept(connection));
  }

  @Override
  public void disconnected(Connection connection) {
    backlog.remove(connection);
    queue(() -> disconnected.accept(connection));
  }

  @Override
  public void received(Connection connection, Object object) {
    AtomicInteger count = backlog.computeIfAbsent(connection, ignored -> new AtomicInteger());
    if (count.incrementAndGet() > MAX_QUEUED_PER_CONNECTION) {
      LOG.warn("Closing {}: flooding", connection);
      connection.close();
      return;
    }
    queue(
        () -> {
          try {
            received.accept(connection, object);
          } finally {
            count.decrementAndGet();
          }
        });
  }

  private void queue(Runnable task) {
    try {
      hostThread.execute(task);
    } catch (RejectedExecutionException stopped) {
      // The host has stopped; KryoNet may still report the last closes.
    }
  }
}
