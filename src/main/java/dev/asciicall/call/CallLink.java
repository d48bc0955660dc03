package dev.asciicall.call;

import dev.asciicall.net.HostServer;
import dev.asciicall.net.PeerClient;

/**
 * The network end of one call, whether we host it or joined it, so the session does not care which.
 * All methods may be called from any thread.
 */
interface CallLink extends OutgoingVideo.Link, AutoCloseable {

  /** The id of the host's own participant in {@link HostServer}. */
  int HOST_ID = 0;

  int selfId();

  String callName();

  /** Our display name as the call knows it (the host may have added a number). */
  String name();

  void sendChat(String text);

  void requestKeyframe(int senderId);

  /** Round trip to the host in milliseconds, or -1 when we are the host or before a measurement. */
  double roundTripMillis();

  /**
   * How the connection that carries {@code participantId}'s media to us is doing: a host measures
   * each participant's own connection; everything a joiner gets comes through the host, so for a
   * joiner it is the connection to the host, whoever sent. Not measured unless the link says.
   */
  default ConnectionFigures connectionTo(int participantId) {
    return ConnectionFigures.NOT_MEASURED;
  }

  /** Hosting: removes a participant from the call. Joined: does nothing (only hosts remove). */
  default void remove(int participantId) {}

  /** Hosting: lets nobody else in (or again). Joined: does nothing. */
  default void lock() {}

  default void unlock() {}

  @Override
  void close();

  static CallLink of(PeerClient client) {
    return new CallLink() {
      @Override
      public void sendVideo(long sequence, long captureMicros, byte[] payload) {
        client.sendVideo(sequence, captureMicros, payload);
      }

      @Override
      public int selfId() {
        return client.participantId();
      }

      @Override
      public String callName() {
        return client.welcome().callName();
      }

      @Override
      public String name() {
        return client.welcome().name();
      }

      @Override
      public void sendChat(String text) {
        client.sendChat(text);
      }

      @Override
      public void requestKeyframe(int senderId) {
        client.requestKeyframe(senderId);
      }

      @Override
      public double roundTripMillis() {
        long micros = client.clock().roundTripMicros();
        return micros < 0 ? -1 : micros / 1000.0;
      }

      @Override
      public ConnectionFigures connectionTo(int participantId) {
        return ConnectionFigures.of(client.clock());
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }

  static CallLink of(HostServer server, HostRequest request) {
    return new CallLink() {
      @Override
      public void sendVideo(long sequence, long captureMicros, byte[] payload) {
        server.sendVideo(sequence, captureMicros, payload);
      }

      @Override
      public int selfId() {
        return HOST_ID;
      }

      @Override
      public String callName() {
        return request.callName();
      }

      @Override
      public String name() {
        return request.name();
      }

      @Override
      public void sendChat(String text) {
        server.sendChat(text);
      }

      @Override
      public void requestKeyframe(int senderId) {
        server.requestKeyframe(senderId);
      }

      @Override
      public double roundTripMillis() {
        return -1;
      }

      @Override
      public ConnectionFigures connectionTo(int participantId) {
        return ConnectionFigures.of(server.connectionTo(participantId));
      }

      @Override
      public void remove(int participantId) {
        server.remove(participantId);
      }

      @Override
      public void lock() {
        server.lock();
      }

      @Override
      public void unlock() {
        server.unlock();
      }

      @Override
      public void close() {
        server.stop("the host ended the call");
      }
    };
  }
}
