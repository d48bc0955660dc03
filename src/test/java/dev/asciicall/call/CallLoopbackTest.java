package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.RenderMode;
import dev.asciicall.capture.CaptureException;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureSettings;
import dev.asciicall.capture.DemoSource;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.HostServer;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A relay and three headless participants on 127.0.0.1 with the real engine and codec. */
@NetworkTest
class CallLoopbackTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final int FRAMES_WANTED = 10;

  private final List<AutoCloseable> open = new ArrayList<>();
  private HostServer host;

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    if (host != null) {
      host.stop("test over");
    }
  }

  /** What one participant sent (by sequence) and decoded (by sender), recorded by its tap. */
  private static final class Recorder implements VideoTap {
    final Map<Long, AsciiFrame> sent = new ConcurrentHashMap<>();
    final Map<Integer, List<Received>> received = new ConcurrentHashMap<>();

    @Override
    public void sent(long sequence, AsciiFrame frame, int payloadBytes) {
      sent.put(sequence, frame);
    }

    @Override
    public void received(int senderId, long sequence, AsciiFrame frame, long latencyMicros) {
      received
          .computeIfAbsent(
              senderId, id -> java.util.Collections.synchronizedList(new ArrayList<>()))
          .add(new Received(sequence, frame));
    }

    int decodedFrom(int senderId) {
      List<Received> frames = received.get(senderId);
      return frames == null ? 0 : frames.size();
    }
  }

  private record Received(long sequence, AsciiFrame frame) {}

  @Test
  void everyPeerDecodesExactlyTheAsciiEachOtherPeerSent() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          int tcpPort = FreePorts.tcp();
          int udpPort = FreePorts.udp();
          host = HostServer.start(tcpPort, udpPort, "Loopback", null, CallEvents.IGNORED);
          List<ConversionSettings> looks =
              List.of(
                  ConversionSettings.defaults().withColumns(40),
                  ConversionSettings.defaults().withColumns(48).withMode(RenderMode.BRAILLE),
                  ConversionSettings.defaults()
                      .withColumns(56)
                      .withMode(RenderMode.DENSITY)
                      .withColor(ColorCapture.PER_CELL));
          List<Recorder> recorders = new ArrayList<>();
          List<HeadlessParticipant> participants = new ArrayList<>();
          for (int i = 0; i < looks.size(); i++) {
            Recorder recorder = new Recorder();
            HeadlessParticipant participant =
                new HeadlessParticipant("Peer" + i, silent(), recorder);
            open.add(participant);
            participant.join("127.0.0.1", tcpPort, udpPort, 5_000);
            recorders.add(recorder);
            participants.add(participant);
          }
          for (int i = 0; i < looks.size(); i++) {
            CaptureService capture = capture();
            open.add(capture);
            LocalVideo video = LocalVideo.withOwnThreads(capture, looks.get(i));
            open.add(video);
            participants.get(i).startSending(video);
            video.start(new DemoSource(320, 240, 15));
          }

          List<Integer> ids = participants.stream().map(p -> p.participantId()).toList();
          Await.until("everyone decodes everyone", () -> everyoneDecodedEnough(recorders, ids));
          // A late joiner's decoders start without a base: the host asks every sender for a
          // keyframe at once, so it sees video well before the periodic keyframe (10 s here).
          Recorder late = new Recorder();
          HeadlessParticipant latecomer = new HeadlessParticipant("Late", silent(), late);
          open.add(latecomer);
          latecomer.join("127.0.0.1", tcpPort, udpPort, 5_000);
          Await.until(
              "late joiner saw everyone",
              Duration.ofSeconds(8),
              () -> ids.stream().allMatch(id -> late.decodedFrom(id) >= 3));
          // Stop sending first, so nothing is recorded while we compare.
          for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
          }
          open.clear();

          for (int receiver = 0; receiver < ids.size(); receiver++) {
            for (int sender = 0; sender < ids.size(); sender++) {
              if (sender == receiver) {
                assertThat(recorders.get(receiver).decodedFrom(ids.get(sender))).isZero();
                continue;
              }
              List<Received> decoded =
                  new ArrayList<>(recorders.get(receiver).received.get(ids.get(sender)));
              assertThat(decoded).hasSizeGreaterThanOrEqualTo(FRAMES_WANTED);
              for (Received frame : decoded) {
                AsciiFrame sent = recorders.get(sender).sent.get(frame.sequence());
                assertThat(sent).as("frame %d was sent", frame.sequence()).isNotNull();
                assertThat(frame.frame().toText()).isEqualTo(sent.toText());
                assertThat(frame.frame().glyphIndices()).isEqualTo(sent.glyphIndices());
                assertThat(frame.frame().mode()).isEqualTo(sent.mode());
                assertThat(frame.frame().hasColor()).isEqualTo(sent.hasColor());
              }
            }
          }
          for (int sender = 0; sender < ids.size(); sender++) {
            for (Received frame : new ArrayList<>(late.received.get(ids.get(sender)))) {
              AsciiFrame sent = recorders.get(sender).sent.get(frame.sequence());
              assertThat(sent).isNotNull();
              assertThat(frame.frame().glyphIndices()).isEqualTo(sent.glyphIndices());
            }
          }
        });
  }

  private static boolean everyoneDecodedEnough(List<Recorder> recorders, List<Integer> ids) {
    for (int receiver = 0; receiver < ids.size(); receiver++) {
      for (int sender = 0; sender < ids.size(); sender++) {
        if (sender != receiver
            && recorders.get(receiver).decodedFrom(ids.get(sender)) < FRAMES_WANTED) {
          return false;
        }
      }
    }
    return true;
  }

  private static CaptureService capture() {
    return new CaptureService(
        (spec, warnings) -> {
          throw new CaptureException("only ready-made sources in this test");
        },
        CaptureSettings.defaults().withFramesPerSecond(15));
  }

  private static PrintStream silent() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
