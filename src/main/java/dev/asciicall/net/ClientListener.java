package dev.asciicall.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import dev.asciicall.net.wire.WireMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A participant's KryoNet listener. Runs on KryoNet's update thread ({@code net-client-update-N}),
 * and on whichever thread closes the connection: it only hands everything to the client thread, in
 * order. What comes after the client left is dropped.
 */
final class ClientListener extends Listener {

  private final Executor clientThread;
  private final Consumer<List<WireMessage>> arrived;
  private final Runnable disconnected;

  /**
   * Both run on {@code clientThread}; {@code arrived} takes the messages of one frame at a time, in
   * order (usually one).
   */
  ClientListener(
      Executor clientThread, Consumer<List<WireMessage>> arrived, Runnable disconnected) {
    this.clientThread = clientThread;
    this.arrived = arrived;
    this.disconnected = disconnected;
  }

  @Override
  public void received(Connection connection, Object object) {
    if (object instanceof WireSerialization.Batch batch) {
      // Several messages in one frame: handled together, in order.
      List<WireMessage> messages = new ArrayList<>(batch.messages().size());
      for (Object each : batch.messages()) {
        if (each instanceof WireMessage message) {
          messages.add(message);
        }
      }
      queue(() -> arrived.accept(messages));
    } else if (object instanceof WireMessage message) {
      queue(() -> arrived.accept(List.of(message)));
    }
    // Anything else is KryoNet's own keep-alives.
  }

  @Override
  public void disconnected(Connection connection) {
    queue(disconnected);
  }

  private void queue(Runnable task) {
    try {
      clientThread.execute(task);
    } catch (RejectedExecutionException left) {
      // We left: nothing more to hear.
    }
  }
}
