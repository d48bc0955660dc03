package dev.asciicall.net;

import com.esotericsoftware.kryonet.ServerDiscoveryHandler;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.function.Supplier;

/**
 * Answers KryoNet's discovery broadcast with the call's name and size. Runs on KryoNet's update
 * thread; the answer goes out from a socket of our own, which the asking client accepts as it
 * listens on an unconnected socket.
 *
 * <p>{@link ServerDiscoveryHandler#onDiscoverHost} takes KryoNet's package-private {@code
 * UdpConnection}, so the handler cannot be written as a class outside KryoNet; it is a dynamic
 * proxy that only reads the asker's address.
 */
final class DiscoveryAnswerer implements InvocationHandler {

  private final Supplier<DiscoveryAnswer> answer;
  private final int tcpPort;
  private DatagramSocket socket;

  private DiscoveryAnswerer(Supplier<DiscoveryAnswer> answer, int tcpPort) {
    this.answer = answer;
    this.tcpPort = tcpPort;
  }

  static ServerDiscoveryHandler handler(Supplier<DiscoveryAnswer> answer, int tcpPort) {
    return (ServerDiscoveryHandler)
        Proxy.newProxyInstance(
            DiscoveryAnswerer.class.getClassLoader(),
            new Class<?>[] {ServerDiscoveryHandler.class},
            new DiscoveryAnswerer(answer, tcpPort));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws IOException {
    switch (method.getName()) {
      case "onDiscoverHost":
        answer((InetSocketAddress) args[1]);
        return true;
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        return "DiscoveryAnswerer";
    }
  }

  private synchronized void answer(InetSocketAddress asker) throws IOException {
    if (socket == null) {
      socket = new DatagramSocket();
    }
    byte[] bytes = answer.get().withTcpPort(tcpPort).toBytes();
    socket.send(new DatagramPacket(bytes, bytes.length, asker));
  }
}
