package dev.asciicall.net;

import com.esotericsoftware.kryonet.Listener;
import com.esotericsoftware.kryonet.Server;
import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireClasses;
import java.io.IOException;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The host's KryoNet server on its TCP and UDP ports: buffers sized for the largest message, a
 * one-line reason when a port is taken, LAN discovery answers, and KryoNet's update thread, which
 * {@link #stop} ends and waits for, so no callback comes after it. Started and stopped by whoever
 * starts and stops the host.
 */
final class HostPorts {

  static final int WRITE_BUFFER_BYTES = 1024 * 1024;
  static final int OBJECT_BUFFER_BYTES = Limits.MAX_MESSAGE_BYTES + 1024;

  private static final long STOP_WAIT_MILLIS = 2_000;

  private final Server server;
  private Thread updateThread;

  HostPorts(Encryption encryption) {
    SelectorPacing pacing = SelectorPacing.forServer();
    server =
        new Server(WRITE_BUFFER_BYTES, OBJECT_BUFFER_BYTES) {
          @Override
          public void update(int timeout) throws IOException {
            super.update(timeout);
            pacing.afterUpdate(this);
          }
        };
    if (encryption == Encryption.END_TO_END) {
      WireClasses.registerTransport(server.getKryo());
    } else {
      WireClasses.register(server.getKryo());
    }
  }

  /** Binds both ports, or says which are taken. */
  void bind(int tcpPort, int udpPort) throws NetException {
    try {
      server.bind(tcpPort, udpPort);
    } catch (IOException e) {
      server.close();
      throw new NetException(
          NetFailure.PORT_IN_USE,
          "cannot listen on TCP " + tcpPort + " / UDP " + udpPort + ": " + e.getMessage());
    }
  }

  /**
   * Starts accepting: {@code listener} hears every connection on the update thread made by {@code
   * network}; discovery is answered with {@code answer} and our TCP port.
   */
  void start(
      Listener listener, Supplier<DiscoveryAnswer> answer, int tcpPort, ThreadFactory network) {
    server.setDiscoveryHandler(DiscoveryAnswerer.handler(answer, tcpPort));
    server.addListener(listener);
    updateThread = network.newThread(server);
    updateThread.start();
  }

  /** Closes every connection and the ports, and waits for the update thread (seconds at most). */
  void stop() {
    if (NetworkThread.stop(updateThread, server::stop, STOP_WAIT_MILLIS)) {
      NetworkThread.dispose(server::dispose);
    }
  }
}
