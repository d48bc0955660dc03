package dev.asciicall.net;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Listener;
import dev.asciicall.net.wire.Limits;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A participant's connection to the host: KryoNet over TCP with buffers sized for the largest
 * message, connected with a one-line reason when that fails, and a UDP socket towards the host's
 * UDP port ({@link ClientDatagrams}); {@link #close} stops both threads and waits for them, so no
 * callback comes after it. Any thread.
 */
final class HostConnection {

  static final int WRITE_BUFFER_BYTES = (Relay.WINDOW + 2) * Limits.MAX_MESSAGE_BYTES;

  /** A dead host is noticed this long after its last word; keep-alives come every second. */
  private static final int TIMEOUT_MILLIS = 4_000;

  private static final long STOP_WAIT_MILLIS = 2_000;
  private static final Logger LOG = LoggerFactory.getLogger(HostConnection.class);

  private final Client client;
  private Thread updateThread;
  private volatile ClientDatagrams udp;

  HostConnection(Encryption encryption) {
    SelectorPacing pacing = SelectorPacing.forClient();
    client =
        new Client(
            WRITE_BUFFER_BYTES, HostServer.OBJECT_BUFFER_BYTES, new WireSerialization(encryption)) {
          @Override
          public void update(int timeout) throws IOException {
            super.update(timeout);
            pacing.afterUpdate(this);
          }
        };
  }

  /** The KryoNet connection, for a {@link SecureLink} over it. */
  Client client() {
    return client;
  }

  /**
   * Starts KryoNet's update thread (from {@code network}) and connects over TCP, blocking up to
   * {@code timeoutMillis}; then opens a UDP socket towards the host's {@code udpPort}, read by a
   * second thread from {@code network} that hands each datagram to {@code datagrams}.
   *
   * @param failed takes whatever ended either thread
   */
  void open(
      String host,
      int tcpPort,
      int udpPort,
      int timeoutMillis,
      Listener listener,
      Consumer<byte[]> datagrams,
      ThreadFactory network,
      Consumer<Throwable> failed)
      throws NetException {
    String where = host + ":" + tcpPort;
    client.addListener(listener);
    updateThread = network.newThread(NetworkThread.guarded(client, failed));
    updateThread.start();
    try {
      // TCP only: the host's UDP port is not KryoNet's (see HostDatagrams).
      client.connect(timeoutMillis, host, tcpPort);
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
    // A dead host is noticed within 4 s; keep-alives keep a quiet link alive.
    client.setTimeout(TIMEOUT_MILLIS);
    client.setKeepAliveTCP(1_000);
    InetSocketAddress remote = client.getRemoteAddressTCP();
    try {
      udp = ClientDatagrams.open(remote.getAddress(), udpPort);
      udp.start(network, datagrams, failed);
    } catch (IOException | RuntimeException e) {
      // Voice then stays on TCP.
      LOG.info("No UDP towards {}:{}: {}", remote.getAddress(), udpPort, e.toString());
      udp = null;
    }
  }

  /** Sends one datagram to the host's UDP port; false if it did not go out. Any thread. */
  boolean sendDatagram(byte[] datagram) {
    ClientDatagrams current = udp;
    return current != null && current.send(datagram);
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

  /** Closes and waits for both threads to end (a few seconds at most). */
  void close() {
    if (NetworkThread.stop(updateThread, client::stop, STOP_WAIT_MILLIS)) {
      NetworkThread.dispose(client::dispose);
    }
    ClientDatagrams current = udp;
    if (current != null) {
      current.close(STOP_WAIT_MILLIS);
    }
  }
}
