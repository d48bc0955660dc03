package dev.asciicall.net;

import com.esotericsoftware.kryonet.Server;
import dev.asciicall.net.wire.Limits;
import java.io.IOException;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The host's two ports: KryoNet's server on TCP (no KryoNet UDP: see {@link HostDatagrams}), and
 * its own UDP port. Buffers: a connection starts with {@link #STRANGER_WRITE_BYTES} and {@link
 * #STRANGER_READ_BYTES}, enough for the handshake, hello and passphrase steps, and gets buffers for
 * the largest message once admitted ({@link ConnectionBuffers}). A one-line reason when a port is
 * taken; {@link #stop} ends both threads and waits for them, so no callback comes after it. Started
 * and stopped by whoever starts and stops the host.
 */
final class HostPorts {

  static final int WRITE_BUFFER_BYTES = 1024 * 1024;
  static final int OBJECT_BUFFER_BYTES = Limits.MAX_MESSAGE_BYTES + 1024;

  /** What a connection may need before it is admitted: handshake, refusal, passphrase steps. */
  static final int STRANGER_WRITE_BYTES = 8 * 1024;

  static final int STRANGER_READ_BYTES = 4 * 1024;

  private static final long STOP_WAIT_MILLIS = 2_000;

  private final Server server;
  private HostListener listener;
  private HostDatagrams datagrams;
  private Thread updateThread;

  HostPorts(Encryption encryption) {
    SelectorPacing pacing = SelectorPacing.forServer();
    boolean small = ConnectionBuffers.AVAILABLE;
    server =
        new Server(
            small ? STRANGER_WRITE_BYTES : WRITE_BUFFER_BYTES,
            small ? STRANGER_READ_BYTES : OBJECT_BUFFER_BYTES,
            new WireSerialization(encryption)) {
          @Override
          public void update(int timeout) throws IOException {
            super.update(timeout);
            pacing.afterUpdate(this);
            HostListener current = listener;
            if (current != null) {
              current.afterUpdate();
            }
          }
        };
  }

  /** Binds both ports, or says which is taken. */
  void bind(int tcpPort, int udpPort) throws NetException {
    try {
      server.bind(tcpPort);
    } catch (IOException e) {
      server.close();
      throw new NetException(
          NetFailure.PORT_IN_USE, "cannot listen on TCP " + tcpPort + ": " + e.getMessage());
    }
    try {
      datagrams = HostDatagrams.bind(udpPort, tcpPort);
    } catch (IOException e) {
      server.close();
      throw new NetException(
          NetFailure.PORT_IN_USE, "cannot listen on UDP " + udpPort + ": " + e.getMessage());
    }
  }

  /**
   * Starts reading: {@code tcp} hears every connection on the update thread made by {@code
   * network}; {@code udp} every datagram on a second thread from it; discovery is answered with
   * {@code answer}.
   *
   * @param fatal takes an error that ended either thread
   */
  void start(
      HostListener tcp,
      HostDatagrams.Receiver udp,
      Supplier<DiscoveryAnswer> answer,
      ThreadFactory network,
      Consumer<Throwable> fatal) {
    listener = tcp;
    server.addListener(tcp);
    updateThread = network.newThread(NetworkThread.guarded(server, fatal));
    updateThread.start();
    datagrams.start(network, udp, answer, fatal);
  }

  /** The UDP port, for datagrams to participants. */
  HostDatagrams datagrams() {
    return datagrams;
  }

  /** Closes every connection and both ports, and waits for the threads (seconds at most). */
  void stop() {
    if (NetworkThread.stop(updateThread, server::stop, STOP_WAIT_MILLIS)) {
      NetworkThread.dispose(server::dispose);
    }
    if (datagrams != null) {
      datagrams.close(STOP_WAIT_MILLIS);
    }
  }
}
