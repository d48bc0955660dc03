package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.audio.AudioDeviceException;
import dev.asciicall.audio.AudioFormats;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.RecordingSink;
import dev.asciicall.audio.Signals;
import dev.asciicall.audio.ToneSource;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.HostServer;
import dev.asciicall.testing.Await;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Voice through a real relay on 127.0.0.1: headless participants with a tone instead of a
 * microphone and a recording instead of speakers (there is no sound card here), devices that are
 * busy or die mid-call, and a lossy, reordering network in front of the sender.
 */
@NetworkTest
class CallAudioTest {

  private static final Duration LIMIT = Duration.ofSeconds(45);

  private final List<AutoCloseable> open = new ArrayList<>();
  private HostServer host;
  private int tcpPort;
  private int udpPort;

  @BeforeEach
  void startRelay() throws Exception {
    tcpPort = FreePorts.tcp();
    udpPort = FreePorts.udp();
    host = HostServer.start(tcpPort, udpPort, "Voices", null, CallEvents.IGNORED);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    host.stop("test over");
  }

  /** A joined participant, what it printed, and what its audio listener heard. */
  private final class Person implements AudioListener {
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final HeadlessParticipant participant;
    final List<AudioStatus> statuses = new CopyOnWriteArrayList<>();
    final Map<Integer, Boolean> mutedById = new ConcurrentHashMap<>();
    final Map<Integer, Boolean> speakingById = new ConcurrentHashMap<>();
    CallAudio audio;

    Person(String name) throws Exception {
      participant =
          new HeadlessParticipant(name, new PrintStream(printed, true, StandardCharsets.UTF_8));
      open.add(participant);
      participant.join("127.0.0.1", tcpPort, udpPort, 5_000);
    }

    Person start(AudioSource microphone, RecordingSink speakers) {
      return start(microphone, speakers, link -> link);
    }

    Person start(
        AudioSource microphone,
        RecordingSink speakers,
        java.util.function.UnaryOperator<AudioLink> network) {
      audio = participant.startAudio(microphone, speakers, network, this);
      return this;
    }

    int id() {
      return participant.participantId();
    }

    String printed() {
      return printed.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void participantMuted(int participantId, boolean muted) {
      mutedById.put(participantId, muted);
    }

    @Override
    public void participantSpeaking(int participantId, boolean speaking) {
      speakingById.put(participantId, speaking);
    }

    @Override
    public void statusChanged(AudioStatus status) {
      statuses.add(status);
    }
  }

  @Test
  void aToneThroughALossyReorderingCallArrivesAtTheRightPitch() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          RecordingSink bobHears = new RecordingSink(20);
          Person bob = new Person("Bob").start(null, bobHears);
          List<LossyAudioLink> lossy = new ArrayList<>();
          Person ann =
              new Person("Ann")
                  .start(
                      new ToneSource(440, 0.3),
                      null,
                      link -> {
                        LossyAudioLink bad = new LossyAudioLink(link, 0.10, 30);
                        lossy.add(bad);
                        open.add(bad);
                        return bad;
                      });
          // Four seconds of tone after it first arrives.
          Await.until(() -> bob.audio.stats().packetsReceived() > 0);
          Await.until(() -> bob.audio.stats().packetsReceived() >= 4 * 50);

          // Real threads on a shared machine: a starved playback thread may skip or conceal a
          // frame now and then, which breaks the phase. So judge quarter seconds, not the whole:
          // the median quarter must hold the tone at the right pitch (waveform purity under loss
          // is checked on a simulated clock in AudioLoopbackTest). At load 20-30 whole seconds
          // starve: then the newest three seconds are judged again as the tone goes on.
          Await.untilAsserted(
              () -> {
                short[] heard = bobHears.samples();
                int start = firstSound(heard);
                assertThat(start).isNotNegative();
                int to = heard.length - AudioFormats.SAMPLE_RATE / 10;
                // After the jitter buffer settled, at most the last three seconds.
                int from =
                    Math.max(
                        start + AudioFormats.SAMPLE_RATE / 2, to - 3 * AudioFormats.SAMPLE_RATE);
                assertThat(to - from).isGreaterThan(2 * AudioFormats.SAMPLE_RATE);
                int quarter = AudioFormats.SAMPLE_RATE / 4;
                assertThat(
                        Signals.blockMedian(
                            heard,
                            from,
                            to,
                            quarter,
                            (samples, a, b) -> Signals.dominantFrequency(samples, a, b, 200, 1000)))
                    .isCloseTo(440, within(4.0));
                assertThat(Signals.blockMedian(heard, from, to, quarter, Signals::frequency))
                    .isCloseTo(440, within(4.4));
                assertThat(Signals.rms(heard, from, to)).isBetween(0.1, 0.3);
              });
          assertThat(lossy.get(0).dropped.get()).isGreaterThan(lossy.get(0).passed.get() / 20);
          var stats = bob.audio.stats();
          assertThat(stats.lost() + stats.concealed()).isPositive();
          assertThat(stats.jitterBufferMs()).isBetween(20, 120);
          assertThat(bob.speakingById).containsEntry(ann.id(), true);
          assertThat(bob.participant.statsJson(1))
              .contains("\"audio\":{\"packets_sent\":0,\"packets_received\":");
        });
  }

  @Test
  void mutingStopsVoicePacketsAndShowsMeMutedToTheOthers() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          Person bob = new Person("Bob").start(null, new RecordingSink(5));
          Person ann = new Person("Ann").start(new ToneSource(), null);
          List<dev.asciicall.audio.AudioEvent> annEvents = new CopyOnWriteArrayList<>();
          ann.audio.addAudioEventListener(annEvents::add);
          Await.until(() -> bob.audio.stats().packetsReceived() >= 25);
          // Ann's meter moves with her tone (about 0.21 RMS) and says she is speaking.
          Await.until(
              () ->
                  annEvents.stream()
                      .anyMatch(
                          e ->
                              e instanceof dev.asciicall.audio.AudioEvent.MicrophoneLevel level
                                  && level.rms() > 0.15
                                  && level.speaking()));
          assertThat(bob.mutedById.get(ann.id())).isNotEqualTo(Boolean.TRUE);

          ann.audio.mute();
          Await.until(() -> bob.printed().contains("Ann muted the microphone"));
          Await.until(() -> Boolean.TRUE.equals(bob.mutedById.get(ann.id())));
          long sentWhenMuted = ann.audio.stats().packetsSent();
          long receivedWhenMuted = bob.audio.stats().packetsReceived();
          // Ann's microphone keeps being read while muted (her meter moves): 30 more frames,
          // 0.6 s of her speaking, and not one packet with sound leaves or arrives.
          long framesWhenMuted = microphoneFrames(annEvents);
          Await.until(() -> microphoneFrames(annEvents) >= framesWhenMuted + 30);
          assertThat(ann.audio.stats().packetsSent()).isEqualTo(sentWhenMuted);
          assertThat(bob.audio.stats().packetsReceived()).isEqualTo(receivedWhenMuted);

          ann.audio.unmute();
          Await.until(() -> bob.audio.stats().packetsReceived() > receivedWhenMuted + 10);
          Await.until(() -> Boolean.FALSE.equals(bob.mutedById.get(ann.id())));
        });
  }

  @Test
  void busyDevicesLeaveTheCallVideoOnlyAndSayWhichPartIsMissing() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          Person bob = new Person("Bob").start(new ToneSource(), new RecordingSink(5));
          Person ann = new Person("Ann").start(new BusyMicrophone(), null);
          Await.until(() -> ann.audio.status().availability() == AudioAvailability.VIDEO_ONLY);
          assertThat(ann.audio.status().message())
              .contains("no microphone (Microphone is busy)")
              .contains("no speakers");
          Await.until(() -> ann.printed().contains("audio: video-only"));
          // The others see Ann as muted; Ann's side of the call still works: Bob's voice arrives
          // and is counted, ready for speakers picked later.
          Await.until(() -> bob.printed().contains("Ann muted the microphone"));
          Await.until(() -> ann.audio.stats().packetsReceived() >= 25);
          RecordingSink lateSpeakers = new RecordingSink(5);
          ann.audio.useSpeakers(lateSpeakers);
          Await.until(() -> ann.audio.status().availability() == AudioAvailability.NO_MICROPHONE);
          // One copy: the recording grows while we look, so the length must be the copy's.
          Await.until(
              "Bob's voice in Ann's late speakers",
              () -> {
                short[] heard = lateSpeakers.samples();
                return heard.length > 0 && Signals.rms(heard, 0, heard.length) > 0.05;
              });
        });
  }

  @Test
  void losingTheMicrophoneMidCallIsReportedAndAnotherCanBePicked() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          Person bob = new Person("Bob").start(null, new RecordingSink(5));
          Person ann = new Person("Ann").start(new DyingMicrophone(50), new RecordingSink(5));
          Await.until(() -> ann.audio.status().availability() == AudioAvailability.NO_MICROPHONE);
          assertThat(ann.audio.status().message()).contains("unplugged");
          Await.until(() -> bob.printed().contains("Ann muted the microphone"));
          long received = bob.audio.stats().packetsReceived();
          assertThat(received).isBetween(1L, 50L);

          ann.audio.useMicrophone(new ToneSource());
          Await.until(() -> ann.audio.status().availability() == AudioAvailability.FULL);
          Await.until(() -> bob.audio.stats().packetsReceived() > received + 25);
          Await.until(() -> bob.printed().contains("Ann unmuted the microphone"));
          assertThat(ann.statuses)
              .extracting(AudioStatus::availability)
              .containsSubsequence(AudioAvailability.NO_MICROPHONE, AudioAvailability.FULL);
        });
  }

  @Test
  void aHostTakingPartSpeaksAndHearsThroughItsOwnLink() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          int hostTcp = FreePorts.tcp();
          int hostUdp = FreePorts.udp();
          CallAudio[] hostAudio = new CallAudio[1];
          HostServer speakingHost =
              HostServer.start(
                  hostTcp,
                  hostUdp,
                  "Hal's call",
                  "Hal",
                  new CallEvents() {
                    @Override
                    public void participantJoined(int id, String name) {}

                    @Override
                    public void participantLeft(int id, String reason) {
                      hostAudio[0].participantLeft(id);
                    }

                    @Override
                    public void video(dev.asciicall.net.VideoPacket video) {}

                    @Override
                    public void audio(dev.asciicall.net.VoicePacket audio) {
                      hostAudio[0].receive(audio);
                    }

                    @Override
                    public void chat(dev.asciicall.net.ChatMessage chat) {}

                    @Override
                    public void keyframeRequested() {}

                    @Override
                    public void callEnded(String reason) {}
                  });
          try {
            RecordingSink halHears = new RecordingSink(5);
            hostAudio[0] = new CallAudio(AudioLink.of(speakingHost));
            open.add(hostAudio[0]);
            hostAudio[0].start(new ToneSource(330, 0.3), halHears);
            RecordingSink bobHears = new RecordingSink(5);
            HeadlessParticipant bob =
                new HeadlessParticipant(
                    "Bob",
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            open.add(bob);
            bob.join("127.0.0.1", hostTcp, hostUdp, 5_000);
            CallAudio bobAudio = bob.startAudio(new ToneSource(550, 0.3), bobHears);
            Await.until(() -> hostAudio[0].stats().packetsReceived() >= 50);
            Await.until(() -> bobAudio.stats().packetsReceived() >= 50);
            int quarter = AudioFormats.SAMPLE_RATE / 4;
            // Judged on the recordings as they are now (the last 5 s at most), and again as the
            // tones go on if a starved thread on a loaded machine spoiled too many quarters.
            Await.untilAsserted(
                () -> {
                  short[] hal = halHears.samples();
                  short[] heardByBob = bobHears.samples();
                  assertThat(
                          Signals.blockMedian(
                              hal,
                              firstSound(hal),
                              hal.length,
                              quarter,
                              (samples, a, b) ->
                                  Signals.dominantFrequency(samples, a, b, 200, 1000)))
                      .isCloseTo(550, within(4.0));
                  assertThat(
                          Signals.blockMedian(
                              heardByBob,
                              firstSound(heardByBob),
                              heardByBob.length,
                              quarter,
                              (samples, a, b) ->
                                  Signals.dominantFrequency(samples, a, b, 200, 1000)))
                      .isCloseTo(330, within(4.0));
                });
          } finally {
            for (int i = open.size() - 1; i >= 0; i--) {
              open.get(i).close();
            }
            open.clear();
            speakingHost.stop("test over");
          }
        });
  }

  /** Frames Ann's microphone has delivered so far: one level event each. */
  private static long microphoneFrames(List<dev.asciicall.audio.AudioEvent> events) {
    return events.stream()
        .filter(e -> e instanceof dev.asciicall.audio.AudioEvent.MicrophoneLevel)
        .count();
  }

  private static int firstSound(short[] samples) {
    for (int i = 0; i < samples.length; i++) {
      if (Math.abs(samples[i]) > 1000) {
        return i;
      }
    }
    return -1;
  }

  /** Another program holds the microphone. */
  private static final class BusyMicrophone implements AudioSource {
    @Override
    public String name() {
      return "Microphone";
    }

    @Override
    public void open() throws AudioDeviceException {
      throw new AudioDeviceException("Microphone is busy");
    }

    @Override
    public void read(short[] frame) {
      throw new IllegalStateException("never opened");
    }

    @Override
    public void close() {}
  }

  /** A headset that works for a while, then is unplugged. */
  private static final class DyingMicrophone implements AudioSource {
    private final ToneSource tone = new ToneSource();
    private int framesLeft;

    DyingMicrophone(int frames) {
      this.framesLeft = frames;
    }

    @Override
    public String name() {
      return "Headset";
    }

    @Override
    public void open() {}

    @Override
    public void read(short[] frame) throws AudioDeviceException {
      if (framesLeft-- <= 0) {
        throw new AudioDeviceException("Headset was unplugged");
      }
      tone.read(frame);
    }

    @Override
    public void close() {}
  }
}
