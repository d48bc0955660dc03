package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's KryoNet listener. Runs on KryoNet's update thread ({@code net-host-update-1}), and on
 * whichever thread closes a connection: it only counts and queues onto the host thread, in order,
 * one batch per pass of the update loop ({@link #afterUpdate}), so a slow host thread never stalls
 * reading, and a flooding connection is cut off before its backlog grows. Strangers pass the {@link
 * AdmissionGate} first: over its caps a connection is closed before the host thread hears of it.
 * What arrives after the host stopped is dropped.
 */
final class HostListener extends Listener {

  /** More unhandled messages than this from one connection is a flood: it is closed. */
  static final int MAX_QUEUED_PER_CONNECTION = 512;

  private static final Logger LOG = LoggerFactory.getLogger(HostListener.class);

  private final Executor hostThread;
  private final AdmissionGate<Connection> gate;
  private final Consumer<Connection> connected;
  private final Consumer<Connection> disconnected;
  private final BiConsumer<Connection, Object> received;
  private final Map<Connection, AtomicInteger> backlog = new ConcurrentHashMap<>();
  private final Set<Connection> heard = ConcurrentHashMap.newKeySet();
  private final Set<Connection> readBuffersToGrow = ConcurrentHashMap.newKeySet();
  private final int admittedReadBufferBytes;

  /**
   * The consumers run on {@code hostThread}.
   *
   * @param admittedReadBufferBytes the read buffer a connection gets once it is admitted
   */
  HostListener(
      Executor hostThread,
      AdmissionGate<Connection> gate,
      int admittedReadBufferBytes,
      Consumer<Connection> connected,
      Consumer<Connection> disconnected,
      BiConsumer<Connection, Object> received) {
    this.hostThread = hostThread;
    this.gate = gate;
    this.admittedReadBufferBytes = admittedReadBufferBytes;
    this.connected = connected;
    this.disconnected = disconnected;
    this.received = received;
  }

  /**
   * Tasks from the current pass of KryoNet's update loop, handed to the host thread together when
   * the pass ends: one wake-up of the host thread per pass instead of one per message. Update
   * thread only.
   */
  private final List<Runnable> pass = new ArrayList<>();

  private volatile Thread updateThread;

  @Override
  public void connected(Connection connection) {
    updateThread = Thread.currentThread();
    InetSocketAddress remote = connection.getRemoteAddressTCP();
    String address =
        remote == null || remote.getAddress() == null
            ? "unknown"
            : remote.getAddress().getHostAddress();
    if (!gate.accepted(connection, address)) {
      LOG.debug("Refused {}: too many connections not yet admitted", address);
      connection.close();
      return;
    }
    heard.add(connection);
    pass.add(() -> connected.accept(connection));
  }

  @Override
  public void disconnected(Connection connection) {
    backlog.remove(connection);
    readBuffersToGrow.remove(connection);
    gate.closed(connection);
    if (heard.remove(connection)) {
      Runnable task = () -> disconnected.accept(connection);
      if (Thread.currentThread() == updateThread) {
        // After whatever this connection said in this pass, its goodbye included.
        pass.add(task);
      } else {
        // Closed by the host thread (or on stopping): nothing of this pass is lost by going first,
        // since the host no longer listens to it.
        queue(task);
      }
    }
  }

  @Override
  public void received(Connection connection, Object object) {
    updateThread = Thread.currentThread();
    if (object instanceof WireSerialization.Batch batch) {
      for (Object each : batch.messages()) {
        received(connection, each);
      }
      return;
    }
    AtomicInteger count = backlog.computeIfAbsent(connection, ignored -> new AtomicInteger());
    if (count.incrementAndGet() > MAX_QUEUED_PER_CONNECTION) {
      LOG.warn("Closing {}: flooding", connection);
      connection.close();
      return;
    }
    pass.add(
        () -> {
          try {
            received.accept(connection, object);
          } finally {
            count.decrementAndGet();
          }
        });
    growReadBuffer(connection);
  }

  /**
   * The host welcomed {@code connection}: it is no longer a stranger, and its read buffer grows
   * before its next message is read (see {@link #afterUpdate}). Host thread.
   */
  void admitted(Connection connection) {
    gate.admitted(connection);
    if (ConnectionBuffers.AVAILABLE) {
      readBuffersToGrow.add(connection);
    }
  }

  /**
   * After each pass of KryoNet's update loop, on its thread: grows the read buffers of connections
   * admitted since, and closes strangers past their deadline.
   */
  void afterUpdate() {
    updateThread = Thread.currentThread();
    if (!pass.isEmpty()) {
      Runnable[] tasks = pass.toArray(new Runnable[0]);
      pass.clear();
      queue(() -> runAll(tasks));
    }
    for (Connection connection : readBuffersToGrow) {
      growReadBuffer(connection);
    }
    for (Connection late : gate.overdue()) {
      LOG.debug("Closing {}: not admitted in time", late);
      late.close();
    }
  }

  /** Host thread: one pass's tasks in order; a bug in one costs a log line, not the rest. */
  private static void runAll(Runnable[] tasks) {
    for (Runnable task : tasks) {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.warn("Handling a message failed: {}", e.toString());
      }
    }
  }

  private void growReadBuffer(Connection connection) {
    if (!readBuffersToGrow.isEmpty() && readBuffersToGrow.remove(connection)) {
      ConnectionBuffers.growReadBuffer(connection, admittedReadBufferBytes);
    }
  }

  private void queue(Runnable task) {
    try {
      hostThread.execute(task);
    } catch (RejectedExecutionException stopped) {
      // The host has stopped; KryoNet may still report the last closes.
    }
  }
}
