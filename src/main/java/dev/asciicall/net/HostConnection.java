package dev.asciicall.net;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Listener;
import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireClasses;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadFactory;

/**
 * A participant's KryoNet connection to the host: buffers sized for the largest message, TCP and
 * UDP connected with a one-line reason when that fails, and KryoNet's update thread, which {@link
 * #close} stops and waits for, so no callback comes after it. Any thread.
 */
final class HostConnection {

  static final int WRITE_BUFFER_BYTES = (Relay.WINDOW + 2) * Limits.MAX_MESSAGE_BYTES;

  /** A dead host is noticed this long after its last word; keep-alives come every second. */
  private static final int TIMEOUT_MILLIS = 4_000;

  private static final long STOP_WAIT_MILLIS = 2_000;

  private final Client client;
  private Thread updateThread;

  HostConnection(Encryption encryption) {
    SelectorPacing pacing = SelectorPacing.forClient();
    client =
        new Client(WRITE_BUFFER_BYTES, HostServer.OBJECT_BUFFER_BYTES) {
          @Override
          public void update(int timeout) throws IOException {
            super.update(timeout);
            pacing.afterUpdate(this);
          }
        };
    if (encryption == Encryption.END_TO_END) {
      WireClasses.registerTransport(client.getKryo());
    } else {
      WireClasses.register(client.getKryo());
    }
  }

  /** The KryoNet connection, for a {@link SecureLink} over it. */
  Client client() {
    return client;
  }

  /**
   * Starts KryoNet's update thread (from {@code network}) and connects, blocking up to {@code
   * timeoutMillis}.
   */
  void open(
      String host,
      int tcpPort,
      int udpPort,
      int timeoutMillis,
      Listener listener,
      ThreadFactory network)
      throws NetException {
    String where = host + ":" + tcpPort;
    client.addListener(listener);
    updateThread = network.newThread(client);
    updateThread.start();
    try {
      // KryoNet's server closes a connection that does not register UDP when it has a UDP port.
      client.connect(timeoutMillis, host, tcpPort, udpPort);
    } catch (UnknownHostException e) {
      throw new NetException(NetFailure.UNKNOWN_HOST, "unknown host: " + host);
    } catch (SocketTimeoutException e) {
      throw new NetException(NetFailure.TIMED_OUT, "timed out connecting to " + where);
    } catch (ConnectException e) {
      throw new NetException(NetFailure.NOTHING_LISTENING, "nothing is listening on " + where);
    } catch (IOException e) {
      throw new NetException(
          NetFailure.NOTHING_LISTENING, "cannot connect to " + where + ": " + e.getMessage());
    }
    // Only after connecting: the host closes a connection that sends before its UDP registration
    // completes. A dead host is then noticed within 4 s; keep-alives keep a quiet link alive.
    client.setTimeout(TIMEOUT_MILLIS);
    client.setKeepAliveTCP(1_000);
  }

  boolean isConnected() {
    return client.isConnected();
  }

  /**
   * Gives what was just sent a moment to leave the write buffer, so the host reads it before the
   * close. Bounded: a stalled connection closes anyway after 500 ms.
   */
  void awaitFlushed() {
    long deadline = System.nanoTime() + 500_000_000L;
    try {
      while (client.isConnected()
          && client.getTcpWriteBufferSize() > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      // The bytes are in the kernel now; a short pause lets the host read them before the FIN.
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Drops the connection; the listener hears it. */
  void disconnect() {
    client.close();
  }

  /** Closes and waits for KryoNet's update thread to end (a few seconds at most). */
  void close() {
    if (NetworkThread.stop(updateThread, client::stop, STOP_WAIT_MILLIS)) {
      NetworkThread.dispose(client::dispose);
    }
  }
}
