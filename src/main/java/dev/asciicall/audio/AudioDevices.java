package dev.asciicall.audio;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;

/**
 * The microphones and speakers Java Sound knows about, for device pickers. The lists are read
 * afresh on every call, so a headset plugged in during a call can be picked without a restart. The
 * first entry is always the system default, marked unavailable when there is no such device.
 * Whether a device is busy (another program holds it) is only known when it is opened; that shows
 * up as a {@link AudioEvent.DeviceProblem}. Any thread (Java Sound enumeration may take tens of
 * milliseconds: not on the FX thread).
 */
public final class AudioDevices {

  public static final String SYSTEM_DEFAULT = "System default";

  /** The microphones, system default first. */
  public List<AudioDevice> microphones() {
    return list(JavaSoundLines.CAPTURE, AudioEvent.Direction.INPUT, "no microphone found");
  }

  /** The speakers, system default first. */
  public List<AudioDevice> speakers() {
    return list(JavaSoundLines.PLAYBACK, AudioEvent.Direction.OUTPUT, "no speakers found");
  }

  /** A source for the chosen microphone; it is opened later, on the capture thread. */
  public AudioSource microphone(AudioDevice device) {
    String name = device.name();
    return new MicrophoneSource(
        name,
        () -> JavaSoundLines.openCapture(find(name, JavaSoundLines.CAPTURE, "Microphone"), name));
  }

  /** A sink for the chosen speakers; they are opened later, on the playback thread. */
  public AudioSink speaker(AudioDevice device) {
    String name = device.name();
    return new SpeakerSink(
        name,
        () -> JavaSoundLines.openPlayback(find(name, JavaSoundLines.PLAYBACK, "Speakers"), name));
  }

  /** The system default microphone (which may turn out missing when opened). */
  public AudioSource defaultMicrophone() {
    return microphone(new AudioDevice(SYSTEM_DEFAULT, AudioEvent.Direction.INPUT, ""));
  }

  /** The system default speakers (which may turn out missing when opened). */
  public AudioSink defaultSpeaker() {
    return speaker(new AudioDevice(SYSTEM_DEFAULT, AudioEvent.Direction.OUTPUT, ""));
  }

  private static List<AudioDevice> list(
      DataLine.Info line, AudioEvent.Direction direction, String missing) {
    List<AudioDevice> devices = new ArrayList<>();
    boolean any = isSupported(line);
    devices.add(new AudioDevice(SYSTEM_DEFAULT, direction, any ? "" : missing));
    for (Mixer.Info info : AudioSystem.getMixerInfo()) {
      if (supports(info, line)) {
        devices.add(new AudioDevice(info.getName(), direction, ""));
      }
    }
    return devices;
  }

  private static boolean isSupported(DataLine.Info line) {
    try {
      return AudioSystem.isLineSupported(line);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean supports(Mixer.Info info, DataLine.Info line) {
    try {
      return AudioSystem.getMixer(info).isLineSupported(line);
    } catch (RuntimeException e) {
      // A provider that breaks while probing is simply not offered.
      return false;
    }
  }

  /**
   * The mixer with this name supporting the line, looked up when the device is opened (it may have
   * been plugged in or out since it was listed); null means the system default.
   */
  private static Mixer.Info find(String name, DataLine.Info line, String kind)
      throws AudioDeviceException {
    if (SYSTEM_DEFAULT.equals(name)) {
      return null;
    }
    for (Mixer.Info info : AudioSystem.getMixerInfo()) {
      if (info.getName().equals(name) && supports(info, line)) {
        return info;
      }
    }
    throw new AudioDeviceException(kind + " " + name + " is not connected");
  }
}
