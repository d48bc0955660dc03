package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import com.esotericsoftware.kryonet.Server;
import dev.asciicall.net.wire.WireMessage;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A KryoNet connection starts with small buffers and grows them in place (the host's strangers cost
 * kilobytes, its participants get room for the largest frame): after the swap a 60 KB frame goes
 * both ways on the same connection, and nothing already buffered is lost.
 */
@Tag("network")
@NetworkTest
class ConnectionBuffersTest {

  @Test
  void buffersGrowInPlaceAndTheLargestFrameThenGoesBothWays() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          assertThat(ConnectionBuffers.AVAILABLE)
              .as("this KryoNet's buffers can be swapped")
              .isTrue();
          int port = FreePorts.tcp();
          Server server =
              new Server(
                  8 * 1024, 4 * 1024, new WireSerialization(Encryption.NONE_FOR_BENCHMARK_ONLY));
          Client client =
              new Client(
                  HostPorts.OBJECT_BUFFER_BYTES * 2,
                  HostPorts.OBJECT_BUFFER_BYTES,
                  new WireSerialization(Encryption.NONE_FOR_BENCHMARK_ONLY));
          CompletableFuture<Connection> accepted = new CompletableFuture<>();
          CompletableFuture<WireMessage.Video> atServer = new CompletableFuture<>();
          CompletableFuture<WireMessage.Video> atClient = new CompletableFuture<>();
          server.addListener(
              new Listener() {
                @Override
                public void received(Connection connection, Object object) {
                  if (object instanceof WireMessage.Ping) {
                    // On the update thread, between reads, as the host does it.
                    ConnectionBuffers.growReadBuffer(connection, HostPorts.OBJECT_BUFFER_BYTES);
                    accepted.complete(connection);
                  } else if (object instanceof WireMessage.Video video) {
                    atServer.complete(video);
                  }
                }
              });
          client.addListener(
              new Listener() {
                @Override
                public void received(Connection connection, Object object) {
                  if (object instanceof WireMessage.Video video) {
                    atClient.complete(video);
                  }
                }
              });
          server.bind(port);
          server.start();
          client.start();
          try {
            client.connect(5_000, "127.0.0.1", port);
            client.sendTCP(new WireMessage.Ping(1));
            Connection atHost = accepted.get(10, TimeUnit.SECONDS);
            assertThat(ConnectionBuffers.writeCapacity(atHost)).isEqualTo(8 * 1024);
            ConnectionBuffers.growWriteBuffer(atHost, HostPorts.WRITE_BUFFER_BYTES);
            assertThat(ConnectionBuffers.readCapacity(atHost))
                .isEqualTo(HostPorts.OBJECT_BUFFER_BYTES);
            assertThat(ConnectionBuffers.writeCapacity(atHost))
                .isEqualTo(HostPorts.WRITE_BUFFER_BYTES);

            byte[] payload = new byte[60 * 1024];
            new java.util.Random(3).nextBytes(payload);
            client.sendTCP(new WireMessage.Video(1, 1, 0, payload));
            atHost.sendTCP(new WireMessage.Video(2, 2, 0, payload));

            assertThat(atServer.get(10, TimeUnit.SECONDS).payload()).isEqualTo(payload);
            assertThat(atClient.get(10, TimeUnit.SECONDS).payload()).isEqualTo(payload);
          } finally {
            client.stop();
            server.stop();
          }
        });
  }
}
