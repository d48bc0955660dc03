package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.KryoSerialization;
import com.esotericsoftware.kryonet.Serialization;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grows a KryoNet connection's buffers once it is admitted. KryoNet gives every accepted connection
 * the server's write and read buffers at once ({@code Server.acceptOperation} → {@code
 * Connection.initialize} → {@code new TcpConnection}, two {@code ByteBuffer.allocate}) and has no
 * way to size them per connection. A relay needs a large write buffer for each participant, but a
 * stranger who has not even finished the handshake may send and receive only a few small messages:
 * so the host starts every connection with small buffers and swaps in large ones at the welcome.
 *
 * <p>The buffers are final fields of KryoNet's package-private {@code TcpConnection}, reached by
 * reflection (the class path allows it). The write buffer is swapped under KryoNet's own write
 * lock, from any thread; the read buffer only on the update thread between reads, keeping unread
 * bytes. If a future KryoNet moves these fields, {@link #AVAILABLE} is false and the host gives
 * every connection large buffers from the start, as before.
 */
final class ConnectionBuffers {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionBuffers.class);

  private static final Field TCP = field(Connection.class, "tcp");
  private static final Field READ_BUFFER = field(tcpClass(), "readBuffer");
  private static final Field WRITE_BUFFER = field(tcpClass(), "writeBuffer");
  private static final Field WRITE_LOCK = field(tcpClass(), "writeLock");

  /** Whether buffers can be swapped in this KryoNet. */
  static final boolean AVAILABLE =
      TCP != null
          && READ_BUFFER != null
          && WRITE_BUFFER != null
          && WRITE_LOCK != null
          && swapWorks();

  private ConnectionBuffers() {}

  /** The write buffer's capacity. */
  static int writeCapacity(Connection connection) {
    return buffer(connection, WRITE_BUFFER).capacity();
  }

  /** The read buffer's capacity. */
  static int readCapacity(Connection connection) {
    return buffer(connection, READ_BUFFER).capacity();
  }

  /**
   * Gives {@code connection} a write buffer of {@code bytes}, keeping what waits to be written. Any
   * thread.
   */
  static void growWriteBuffer(Connection connection, int bytes) {
    Object tcp = get(TCP, connection);
    synchronized (get(WRITE_LOCK, tcp)) {
      ByteBuffer old = (ByteBuffer) get(WRITE_BUFFER, tcp);
      if (old.capacity() >= bytes) {
        return;
      }
      // KryoNet keeps its write buffer in write mode: position is the end of what is queued.
      ByteBuffer grown = ByteBuffer.allocate(bytes);
      old.flip();
      grown.put(old);
      set(WRITE_BUFFER, tcp, grown);
    }
  }

  /**
   * Gives {@code connection} a read buffer of {@code bytes}, keeping what was read and not yet
   * parsed. KryoNet's update thread only, between reads.
   */
  static void growReadBuffer(Connection connection, int bytes) {
    Object tcp = get(TCP, connection);
    ByteBuffer old = (ByteBuffer) get(READ_BUFFER, tcp);
    if (old.capacity() >= bytes) {
      return;
    }
    // Between reads KryoNet keeps its read buffer flipped: position to limit is unread.
    ByteBuffer grown = ByteBuffer.allocate(bytes);
    grown.put(old);
    grown.flip();
    set(READ_BUFFER, tcp, grown);
  }

  /** Tries a swap on a connection of our own, so a refusing JVM is found out at start. */
  private static boolean swapWorks() {
    try {
      var constructor =
          TCP.getType().getDeclaredConstructor(Serialization.class, int.class, int.class);
      constructor.setAccessible(true);
      Object tcp = constructor.newInstance(new KryoSerialization(), 16, 16);
      WRITE_BUFFER.set(tcp, ByteBuffer.allocate(32));
      READ_BUFFER.set(tcp, ByteBuffer.allocate(32));
      return ((ByteBuffer) WRITE_BUFFER.get(tcp)).capacity() == 32;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("KryoNet's buffers cannot be swapped; connections get full buffers", e);
      return false;
    }
  }

  private static ByteBuffer buffer(Connection connection, Field which) {
    return (ByteBuffer) get(which, get(TCP, connection));
  }

  private static Class<?> tcpClass() {
    return TCP == null ? null : TCP.getType();
  }

  private static Field field(Class<?> type, String name) {
    if (type == null) {
      return null;
    }
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("KryoNet's {}.{} is not reachable; connections get full buffers", type, name, e);
      return null;
    }
  }

  private static Object get(Field field, Object owner) {
    try {
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("checked accessible at start", e);
    }
  }

  private static void set(Field field, Object owner, Object value) {
    try {
      field.set(owner, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("checked accessible at start", e);
    }
  }
}
