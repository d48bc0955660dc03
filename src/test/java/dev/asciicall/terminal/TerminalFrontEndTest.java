package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.ToneSource;
import dev.asciicall.call.AudioEndpoints;
import dev.asciicall.call.CallService;
import dev.asciicall.call.HeadlessParticipant;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.call.LocalVideo;
import dev.asciicall.call.VideoTap;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.CaptureSettings;
import dev.asciicall.capture.FrameSource;
import dev.asciicall.capture.SourceCatalog;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.common.Threads;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.ChatMessage;
import dev.asciicall.net.HostOptions;
import dev.asciicall.net.HostServer;
import dev.asciicall.net.VideoPacket;
import dev.asciicall.testing.AnsiTerminal;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The terminal front end in real loopback calls: a terminal participant (JLine's in-memory
 * terminal, read back through {@link AnsiTerminal}) and a headless participant see each other's
 * pictures; {@code m}, {@code t} and {@code q} reach the other side; failures end the screen with
 * one line and the terminal given back.
 */
@NetworkTest
class TerminalFrontEndTest {

  private static final Duration LIMIT = Duration.ofSeconds(90);
  private static final int COLUMNS = 120;
  private static final int ROWS = 40;

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private final InMemoryTerminal memory;
  private final ExecutorService runner = Threads.single("test-terminal-front-end");
  private final List<AutoCloseable> open = new ArrayList<>();
  private final HostEvents atHost = new HostEvents();
  private final ByteArrayOutputStream gusLog = new ByteArrayOutputStream();
  private final Frames atGus = new Frames();
  private HostServer relay;

  TerminalFrontEndTest() throws Exception {
    memory = new InMemoryTerminal(COLUMNS, ROWS);
  }

  @AfterEach
  void closeAll() throws Exception {
    Threads.shutdown(runner, 5_000);
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    if (relay != null) {
      relay.stop("test over");
    }
    memory.close();
  }

  @Test
  void aTerminalAndAHeadlessParticipantSeeEachOtherAndMuteChatAndLeaveReachTheCall() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          relay = HostServer.start(tcpPort, udpPort, "standup", null, atHost);
          CallService calls = callService();
          HostAddress address = new HostAddress("127.0.0.1", tcpPort);
          Future<TerminalFrontEnd.Outcome> run =
              runner.submit(
                  () ->
                      frontEnd("Ann", address.toString())
                          .call(calls, c -> c.join(new JoinRequest(address, udpPort, "Ann"))));
          InMemoryTerminal.untilInACall(
              () -> showing().text().contains("standup · 1 person"), "the terminal joined");
          HeadlessParticipant gus = joinGus();

          InMemoryTerminal.untilInACall(
              () -> showing().text().contains("standup · 2 people"), "Gus is on the screen");
          int annId = atHost.joinedId("Ann");
          InMemoryTerminal.untilInACall(() -> atGus.count(annId) >= 3, "Gus decodes Ann's frames");
          InMemoryTerminal.untilInACall(
              () -> gusPictureReads(showing(), 1), "Gus's picture shows on Ann's terminal");
          assertThat(showing().text()).contains("Ann (you)", "Gus");

          memory.type("m");
          InMemoryTerminal.untilInACall(
              () -> gusLog().contains("Ann muted the microphone"), "Gus sees Ann muted");
          InMemoryTerminal.untilInACall(
              () -> showing().text().contains("Ann (you) [muted]"), "my tile says muted");

          memory.type("thello Gus\r");
          InMemoryTerminal.untilInACall(
              () -> gusLog().contains("chat Ann: hello Gus"), "the line reaches Gus");
          InMemoryTerminal.untilInACall(
              () -> showing().text().contains("Ann: hello Gus"), "and my own chat strip");

          memory.type("q");
          TerminalFrontEnd.Outcome outcome = run.get();

          assertThat(outcome.ending()).isEqualTo(TerminalFrontEnd.Ending.LEFT);
          assertThat(outcome.message()).isEqualTo("You left the call.");
          InMemoryTerminal.untilInACall(
              () -> atHost.left.contains(annId), "the host sees Ann leave");
          TerminalSessionTest.assertRestored(memory.screen(COLUMNS, ROWS));
        });
  }

  @Test
  void aCallHostedFromTheTerminalReachesAHeadlessJoinerAndQEndsItForThem() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          CallService calls = callService();
          Future<TerminalFrontEnd.Outcome> run =
              runner.submit(
                  () ->
                      frontEnd("Hana", "retro")
                          .call(
                              calls,
                              c -> c.host(new HostRequest(tcpPort, udpPort, "retro", "Hana"))));
          InMemoryTerminal.untilInACall(
              () -> showing().text().contains("retro · 1 person · sent"), "the call is hosted");
          HeadlessParticipant gus = joinGus();

          InMemoryTerminal.untilInACall(() -> atGus.count(0) >= 3, "Gus decodes the host's frames");
          InMemoryTerminal.untilInACall(
              () -> gusPictureReads(showing(), 1), "Gus's picture shows on the host's terminal");

          memory.type("q");
          TerminalFrontEnd.Outcome outcome = run.get();

          assertThat(outcome.ending()).isEqualTo(TerminalFrontEnd.Ending.LEFT);
          assertThat(outcome.message()).isEqualTo("You ended the call.");
          // The relay says why before it closes; a close can overtake that message while video is
          // still queued for Gus (HostServer.stop closes at once), so his call ends either way.
          assertThat(gus.awaitEnd(10_000))
              .isIn("the host ended the call", "lost the connection to the host");
          TerminalSessionTest.assertRestored(memory.screen(COLUMNS, ROWS));
        });
  }

  @Test
  void aWrongPassphraseEndsTheScreenWithTheWindowsMessage() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          relay =
              HostServer.start(
                  tcpPort,
                  udpPort,
                  HostOptions.of("Private", null).withPassphrase("swordfish".toCharArray()),
                  atHost);
          HostAddress address = new HostAddress("127.0.0.1", tcpPort);
          JoinRequest wrong = new JoinRequest(address, udpPort, "Eve", "trout".toCharArray());

          TerminalFrontEnd.Outcome outcome =
              frontEnd("Eve", address.toString()).call(callService(), c -> c.join(wrong));

          assertThat(outcome.ending()).isEqualTo(TerminalFrontEnd.Ending.NOT_STARTED);
          assertThat(outcome.message())
              .isEqualTo(
                  "Wrong passphrase for the call at "
                      + address
                      + ". Ask the host for the passphrase and join again.");
          TerminalSessionTest.assertRestored(memory.screen(COLUMNS, ROWS));
        });
  }

  @Test
  void nothingListeningEndsTheScreenWithOneLine() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          HostAddress address = new HostAddress("127.0.0.1", tcpPort);

          TerminalFrontEnd.Outcome outcome =
              frontEnd("Ann", address.toString())
                  .call(callService(), c -> c.join(new JoinRequest(address, udpPort, "Ann")));

          assertThat(outcome.ending()).isEqualTo(TerminalFrontEnd.Ending.NOT_STARTED);
          assertThat(outcome.message()).startsWith("Nothing is listening at " + address);
          TerminalSessionTest.assertRestored(memory.screen(COLUMNS, ROWS));
        });
  }

  @Test
  void theHostEndingTheCallEndsTheScreen() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          relay = HostServer.start(tcpPort, udpPort, "standup", null, atHost);
          HostAddress address = new HostAddress("127.0.0.1", tcpPort);
          Future<TerminalFrontEnd.Outcome> run =
              runner.submit(
                  () ->
                      frontEnd("Ann", address.toString())
                          .call(
                              callService(),
                              c -> c.join(new JoinRequest(address, udpPort, "Ann"))));
          InMemoryTerminal.untilInACall(
              () -> showing().text().contains("standup · 1 person"), "the terminal joined");

          relay.stop("the host ended the call");
          relay = null;

          TerminalFrontEnd.Outcome outcome = run.get();
          assertThat(outcome.ending()).isEqualTo(TerminalFrontEnd.Ending.CALL_ENDED);
          assertThat(outcome.message()).isEqualTo("The host ended the call.");
          TerminalSessionTest.assertRestored(memory.screen(COLUMNS, ROWS));
        });
  }

  @Test
  void thePreviewShowsMyPictureAndPChangesItsStyle() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          LocalVideo video = video(new HalfSource("Left light", true));
          CallScreenModel model = new CallScreenModel("Ann", "preview");
          TerminalFrontEnd frontEnd =
              new TerminalFrontEnd(
                  TerminalSession.open(memory.terminal), ColorLevel.XTERM_256, model, video);
          Future<TerminalFrontEnd.Outcome> run =
              runner.submit(() -> frontEnd.preview(TerminalFrontEnd.PreviewWidth.FOLLOW_TERMINAL));
          InMemoryTerminal.untilInACall(
              () -> showing().text().contains("Left light · "), "the figures show");
          int fitted =
              PictureControls.fittingColumns(new TerminalSize(COLUMNS, ROWS), 4.0 / 3 * 1.9335);
          InMemoryTerminal.untilInACall(
              () -> Math.abs(PictureSteps.columns(video.settings()) - fitted) <= 2,
              "the picture is converted as wide as it is shown");

          memory.type("p");
          InMemoryTerminal.untilInACall(
              () -> showing().text().contains("showing Shapes"), "p says what it chose");
          assertThat(PictureSteps.Style.of(video.settings())).isEqualTo(PictureSteps.Style.SHAPES);
          memory.type("q");

          assertThat(run.get().ending()).isEqualTo(TerminalFrontEnd.Ending.LEFT);
          TerminalSessionTest.assertRestored(memory.screen(COLUMNS, ROWS));
        });
  }

  // --- the participants

  private TerminalFrontEnd frontEnd(String name, String heading) throws Exception {
    LocalVideo video = video(new HalfSource("Left light", true));
    return new TerminalFrontEnd(
        TerminalSession.open(memory.terminal),
        ColorLevel.XTERM_256,
        new CallScreenModel(name, heading),
        video);
  }

  /** A call service whose microphone is a tone (so mute has something to silence). */
  private CallService callService() {
    CallService calls =
        new CallService(
            new AudioEndpoints() {
              @Override
              public AudioSource microphone() {
                return new ToneSource();
              }

              @Override
              public AudioSink speakers() {
                return null;
              }
            });
    open.add(calls);
    return calls;
  }

  /** Gus, headless, sends a picture whose left half is dark and right half light. */
  private HeadlessParticipant joinGus() throws Exception {
    HeadlessParticipant gus =
        new HeadlessParticipant(
            "Gus", new PrintStream(gusLog, true, StandardCharsets.UTF_8), atGus);
    open.add(gus);
    gus.join("127.0.0.1", tcpPort, udpPort, 10_000);
    LocalVideo video = video(new HalfSource("Left dark", false));
    gus.startSending(video);
    return gus;
  }

  private LocalVideo video(FrameSource source) {
    CaptureService capture =
        new CaptureService(
            SourceCatalog.system(), CaptureSettings.defaults().withFramesPerSecond(15));
    open.add(capture);
    LocalVideo video =
        LocalVideo.withOwnThreads(capture, ConversionSettings.defaults().withColumns(48));
    open.add(video);
    video.start(source);
    return video;
  }

  private String gusLog() {
    synchronized (gusLog) {
      return gusLog.toString(StandardCharsets.UTF_8);
    }
  }

  private AnsiTerminal showing() {
    return memory.live(COLUMNS, ROWS);
  }

  /**
   * Whether tile {@code index} (Gus's) shows his picture as he sent it: its left part blank (dark),
   * its right part ink (light).
   */
  private boolean gusPictureReads(AnsiTerminal screen, int index) {
    AsciiFrame sent = atGus.lastSent.get();
    if (sent == null) {
      return false;
    }
    ScreenLayout layout = ScreenLayout.of(COLUMNS, ROWS, KeyMap.CALL);
    List<Rect> tiles = TileLayout.grid(2, layout.tiles(), (double) sent.columns() / sent.rows());
    Rect tile = tiles.get(index);
    Rect picture =
        FrameDrawer.fit(
            sent.columns(),
            sent.rows(),
            new Rect(tile.x(), tile.y() + 1, tile.width(), tile.height() - 1));
    int blankOnTheLeft = 0;
    int inkOnTheRight = 0;
    int third = picture.width() / 3;
    for (int y = picture.y(); y < picture.bottom(); y++) {
      for (int x = 0; x < third; x++) {
        if (screen.glyph(picture.x() + x, y) == ' ') {
          blankOnTheLeft++;
        }
        if (screen.glyph(picture.right() - 1 - x, y) != ' ') {
          inkOnTheRight++;
        }
      }
    }
    int cells = third * picture.height();
    return cells > 0 && blankOnTheLeft > cells * 0.9 && inkOnTheRight > cells * 0.9;
  }

  /** A still picture: one half black, the other white. */
  private static final class HalfSource implements FrameSource {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 120;
    private final String name;
    private final boolean leftLight;
    private final AtomicInteger reads = new AtomicInteger();

    HalfSource(String name, boolean leftLight) {
      this.name = name;
      this.leftLight = leftLight;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public double maxFramesPerSecond() {
      return 15;
    }

    @Override
    public void open() {}

    @Override
    public VideoFrame read() {
      byte[] rgb = new byte[WIDTH * HEIGHT * 3];
      for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
          boolean light = (x < WIDTH / 2) == leftLight;
          int at = (y * WIDTH + x) * 3;
          rgb[at] = rgb[at + 1] = rgb[at + 2] = (byte) (light ? 255 : 0);
        }
      }
      return new VideoFrame(WIDTH, HEIGHT, rgb, reads.getAndIncrement(), System.nanoTime());
    }

    @Override
    public void close() {}
  }

  /** What Gus sent last and decoded from whom. */
  private static final class Frames implements VideoTap {
    final AtomicReference<AsciiFrame> lastSent = new AtomicReference<>();
    final Map<Integer, AtomicInteger> decoded = new ConcurrentHashMap<>();

    @Override
    public void sent(long sequence, AsciiFrame frame, int payloadBytes) {
      lastSent.set(frame);
    }

    @Override
    public void received(int senderId, long sequence, AsciiFrame frame, long latencyMicros) {
      decoded.computeIfAbsent(senderId, id -> new AtomicInteger()).incrementAndGet();
    }

    int count(int senderId) {
      AtomicInteger frames = decoded.get(senderId);
      return frames == null ? 0 : frames.get();
    }
  }

  /** Who joined and left at the relay. */
  private static final class HostEvents implements CallEvents {
    final Map<String, Integer> joined = new ConcurrentHashMap<>();
    final List<Integer> left = new CopyOnWriteArrayList<>();

    int joinedId(String name) {
      InMemoryTerminal.untilInACall(() -> joined.containsKey(name), name + " joins at the host");
      return joined.get(name);
    }

    @Override
    public void participantJoined(int id, String name) {
      joined.put(name, id);
    }

    @Override
    public void participantLeft(int id, String reason) {
      left.add(id);
    }

    @Override
    public void video(VideoPacket video) {}

    @Override
    public void chat(ChatMessage chat) {}

    @Override
    public void keyframeRequested() {}

    @Override
    public void callEnded(String reason) {}
  }
}
