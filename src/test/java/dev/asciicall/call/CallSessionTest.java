package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.capture.DemoSource;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.net.CallClock;
import dev.asciicall.net.ChatMessage;
import dev.asciicall.net.PeerMedia;
import dev.asciicall.net.VideoPacket;
import dev.asciicall.testing.InlineExecutorService;
import dev.asciicall.testing.UnitTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One call's session without a network: its send thread runs inline, so each step is done when the
 * call returns, and a fake link stands for the host.
 */
@UnitTest
class CallSessionTest {

  private final List<byte[]> sent = new CopyOnWriteArrayList<>();
  private final List<Integer> keyframeRequests = new CopyOnWriteArrayList<>();
  private final Recorder heard = new Recorder();
  private final InlineExecutorService sendThread = new InlineExecutorService();
  private final CallSession session =
      new CallSession(List.of(heard), reason -> heard.ended.add(reason), sendThread);

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  void ourFrameIsEncodedAndSentAtOnceAndAnotherParticipantsFrameIsShown() throws Exception {
    session.attach(new FakeLink());
    AsciiFrame mine = frame();

    session.offer(mine, 7, System.nanoTime());

    // The first frame after attaching is a keyframe, so anyone can start from it.
    assertThat(sent).hasSize(1);
    session.participantJoined(2, "Bob");
    session.video(new VideoPacket(2, 7, CallClock.nowMicros(), sent.get(0)));
    assertThat(heard.frames.get(2).toText()).isEqualTo(mine.toText());
    assertThat(heard.frames.get(2).glyphIndices()).isEqualTo(mine.glyphIndices());
  }

  @Test
  void aDeltaWithoutItsBaseShowsNothingAndAsksThatSenderForAKeyframe() throws Exception {
    session.attach(new FakeLink());
    session.offer(frame(), 1, System.nanoTime());
    session.offer(frame(), 2, System.nanoTime());
    assertThat(sent).hasSize(2);

    session.video(new VideoPacket(3, 2, CallClock.nowMicros(), sent.get(1)));

    assertThat(heard.frames).doesNotContainKey(3);
    assertThat(keyframeRequests).containsExactly(3);
  }

  @Test
  void chatAndMediaStatesReachTheListenersWithNames() {
    session.attach(new FakeLink());
    session.participantJoined(2, "Bob");

    session.chat(new ChatMessage(2, 1_000, "hi"));
    session.chat(new ChatMessage(1, 2_000, "hello"));
    session.mediaState(new PeerMedia(2, true, false));

    assertThat(heard.chat)
        .extracting(line -> line.senderName() + ": " + line.text() + (line.fromMe() ? " (me)" : ""))
        .containsExactly("Bob: hi", "Ann: hello (me)");
    assertThat(heard.media).containsExactly(new ParticipantMedia(2, true, false));
  }

  @Test
  void nothingIsSentOnceTheSessionClosed() {
    session.attach(new FakeLink());
    session.close();

    session.offer(frame(), 1, System.nanoTime());

    assertThat(sent).isEmpty();
    assertThat(sendThread.isShutdown()).isTrue();
  }

  private static AsciiFrame frame() {
    VideoFrame picture = new DemoSource(160, 120, 15).read();
    return new AsciiConverter()
        .convert(
            PixelImage.rgb(picture.width(), picture.height(), picture.rgb()),
            ConversionSettings.defaults().withColumns(40));
  }

  /** What the session tells the window. */
  private static final class Recorder implements CallListener {
    final Map<Integer, AsciiFrame> frames = new ConcurrentHashMap<>();
    final List<ChatLine> chat = new CopyOnWriteArrayList<>();
    final List<ParticipantMedia> media = new CopyOnWriteArrayList<>();
    final List<String> ended = new CopyOnWriteArrayList<>();

    @Override
    public void frameReceived(int participantId, AsciiFrame frame) {
      frames.put(participantId, frame);
    }

    @Override
    public void chatReceived(ChatLine line) {
      chat.add(line);
    }

    @Override
    public void mediaChanged(ParticipantMedia changed) {
      media.add(changed);
    }
  }

  /** The host's side, as participant 1 named Ann sees it. */
  private final class FakeLink implements CallLink {
    @Override
    public void sendVideo(long sequence, long captureMicros, byte[] payload) {
      sent.add(payload);
    }

    @Override
    public int selfId() {
      return 1;
    }

    @Override
    public String callName() {
      return "Standup";
    }

    @Override
    public String name() {
      return "Ann";
    }

    @Override
    public void sendChat(String text) {}

    @Override
    public void requestKeyframe(int senderId) {
      keyframeRequests.add(senderId);
    }

    @Override
    public double roundTripMillis() {
      return -1;
    }

    @Override
    public void close() {}
  }
}
