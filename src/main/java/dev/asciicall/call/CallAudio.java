package dev.asciicall.call;

import dev.asciicall.audio.AudioEvent;
import dev.asciicall.audio.AudioPacket;
import dev.asciicall.audio.AudioService;
import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.AudioStats;
import dev.asciicall.audio.PlayoutObserver;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.common.Subscription;
import dev.asciicall.net.CallClock;
import dev.asciicall.net.PeerMedia;
import dev.asciicall.net.VoicePacket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audio in a call: bridges an {@link AudioService} (microphone → Opus → packets, packets → jitter
 * buffers → mix → speakers) to the call's {@link AudioLink}. My packets go out through the link;
 * the call's {@code CallEvents} hand received voice to {@link #receive}, and a participant who left
 * to {@link #participantLeft}. Mute and camera state are announced to everyone as a {@link
 * PeerMedia}. A missing, busy or lost device never ends the call: {@link #status()} says which part
 * is missing and another device can be picked at any time.
 *
 * <p>Threads: any thread may call the public methods; {@link #receive} never blocks (it is called
 * on the network event thread). Listeners are called on audio threads, see {@link AudioListener}.
 */
public final class CallAudio implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CallAudio.class);
  private static final String NONE_CHOSEN = "none chosen";

  private final AudioLink link;
  private final AudioService service;
  private final List<AudioListener> listeners = new CopyOnWriteArrayList<>();
  private final Object stateLock = new Object();
  // Guarded by stateLock.
  private String microphoneProblem;
  private String speakerProblem;
  private AudioStatus status = AudioStatus.of(null, null);
  private boolean muted;
  private boolean cameraOff;
  private PeerMedia announced;

  public CallAudio(AudioLink link) {
    this.link = link;
    this.service = new AudioService(String.valueOf(link.selfId()), this::send);
    service.addListener(this::onAudioEvent);
  }

  /**
   * Starts capturing and playing. Either may be null for none; the status then says so. Devices are
   * opened on the audio threads, so a failure shows up shortly after as a status change.
   */
  public void start(AudioSource microphone, AudioSink speakers) {
    synchronized (stateLock) {
      microphoneProblem = microphone == null ? NONE_CHOSEN : null;
      speakerProblem = speakers == null ? NONE_CHOSEN : null;
    }
    statusMayHaveChanged();
    service.start(microphone, speakers);
  }

  /** Picks another microphone (null for none) without interrupting the call. */
  public void useMicrophone(AudioSource microphone) {
    if (microphone == null) {
      setProblem(AudioEvent.Direction.INPUT, NONE_CHOSEN);
    }
    service.useSource(microphone);
  }

  /** Picks other speakers (null for none) without interrupting the call. */
  public void useSpeakers(AudioSink speakers) {
    if (speakers == null) {
      setProblem(AudioEvent.Direction.OUTPUT, NONE_CHOSEN);
    }
    service.useSink(speakers);
  }

  /**
   * Which voice processing (echo cancellation, noise suppression, automatic gain) runs on my
   * microphone, from the next frame on; none until this is called. If the processing library cannot
   * run here, {@link AudioListener#processingUnavailable} says so once and my voice goes out
   * unprocessed.
   */
  public void useProcessing(ProcessingSettings settings) {
    service.useProcessing(settings);
  }

  public ProcessingSettings processing() {
    return service.processingSettings();
  }

  /** Stops sending my voice at once and shows me as muted to the others. */
  public void mute() {
    service.mute();
    synchronized (stateLock) {
      muted = true;
    }
    announce();
  }

  public void unmute() {
    service.unmute();
    synchronized (stateLock) {
      muted = false;
    }
    announce();
  }

  public boolean isMuted() {
    return service.isMuted();
  }

  /** Tells the others my camera is off (the video side stops sending by itself). */
  public void showCameraOff() {
    synchronized (stateLock) {
      cameraOff = true;
    }
    announce();
  }

  public void showCameraOn() {
    synchronized (stateLock) {
      cameraOff = false;
    }
    announce();
  }

  /** How loud a participant is played for me: 0 silent, 1 as sent, up to 4. */
  public void setVolume(int participantId, double gain) {
    service.setVolume(String.valueOf(participantId), gain);
  }

  public double volume(int participantId) {
    return service.volume(String.valueOf(participantId));
  }

  /** What works of my audio right now. */
  public AudioStatus status() {
    synchronized (stateLock) {
      return status;
    }
  }

  /** Counters for {@code --stats-json} and the status bar. */
  public AudioStats stats() {
    return service.stats();
  }

  public Subscription addListener(AudioListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * The audio library's own events (levels, speaking, mute, device problems) as they come, for UI
   * code written against {@link AudioEvent}; participant ids are the decimal call ids. Called on
   * audio threads.
   */
  public Subscription addAudioEventListener(Consumer<AudioEvent> listener) {
    return service.addListener(listener);
  }

  /** A voice packet from the call (network event thread); never blocks. */
  public void receive(VoicePacket audio) {
    if (audio.senderId() == link.selfId()) {
      return;
    }
    long localMicros = audio.captureMicros() - link.clockOffsetMicros();
    try {
      service.receive(
          new AudioPacket(
              String.valueOf(audio.senderId()),
              (int) audio.sequence(),
              CallTime.toNanoTime(localMicros),
              audio.payload(),
              audio.flags()));
    } catch (IllegalArgumentException e) {
      LOG.debug("Dropping a malformed voice packet from {}: {}", audio.senderId(), e.getMessage());
    }
  }

  /** Forgets a participant who left, with their jitter buffer and decoder. */
  public void participantLeft(int participantId) {
    service.forgetParticipant(String.valueOf(participantId));
  }

  /** Benchmarks: told each time a received packet is played. */
  public void observePlayout(PlayoutObserver observer) {
    service.observePlayout(observer);
  }

  /** Stops the audio threads and closes the devices. */
  @Override
  public void close() {
    service.close();
  }

  /** On {@code audio-send}: my packet into the call. */
  private void send(AudioPacket packet) {
    link.sendAudio(
        Integer.toUnsignedLong(packet.sequence()),
        CallClock.fromNanoTime(packet.captureNanos()),
        packet.flags(),
        packet.opus());
  }

  private void onAudioEvent(AudioEvent event) {
    if (event instanceof AudioEvent.MicrophoneLevel level) {
      listeners.forEach(l -> l.microphoneLevel(level.rms(), level.speaking()));
    } else if (event instanceof AudioEvent.ParticipantSpeaking speaking) {
      int id = Integer.parseInt(speaking.participantId());
      listeners.forEach(l -> l.participantSpeaking(id, speaking.speaking()));
    } else if (event instanceof AudioEvent.ParticipantMuted mutedEvent) {
      int id = Integer.parseInt(mutedEvent.participantId());
      listeners.forEach(l -> l.participantMuted(id, mutedEvent.muted()));
    } else if (event instanceof AudioEvent.DeviceProblem problem) {
      setProblem(problem.direction(), problem.message());
    } else if (event instanceof AudioEvent.DeviceStarted started) {
      setProblem(started.direction(), null);
    } else if (event instanceof AudioEvent.ProcessingUnavailable unavailable) {
      listeners.forEach(l -> l.processingUnavailable(unavailable.message()));
    }
  }

  private void setProblem(AudioEvent.Direction direction, String problem) {
    synchronized (stateLock) {
      if (direction == AudioEvent.Direction.INPUT) {
        microphoneProblem = problem;
      } else {
        speakerProblem = problem;
      }
    }
    statusMayHaveChanged();
  }

  private void statusMayHaveChanged() {
    AudioStatus changed;
    synchronized (stateLock) {
      AudioStatus now = AudioStatus.of(microphoneProblem, speakerProblem);
      if (now.equals(status)) {
        return;
      }
      status = now;
      changed = now;
    }
    listeners.forEach(l -> l.statusChanged(changed));
    // Without a microphone the others see me as muted, like after pressing mute.
    announce();
  }

  /** Sends my media state when it differs from what the others last heard. */
  private void announce() {
    PeerMedia state;
    synchronized (stateLock) {
      state = new PeerMedia(link.selfId(), muted || microphoneProblem != null, cameraOff);
      if (state.equals(announced)) {
        return;
      }
      announced = state;
    }
    try {
      link.sendMediaState(state);
    } catch (RuntimeException e) {
      LOG.debug("Could not announce the media state", e);
    }
  }
}
