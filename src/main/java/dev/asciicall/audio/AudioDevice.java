package dev.asciicall.audio;

/**
 * A microphone or speaker as offered in a device picker.
 *
 * @param name what the system calls it, or {@link AudioDevices#SYSTEM_DEFAULT}
 * @param direction {@code INPUT} for microphones, {@code OUTPUT} for speakers
 * @param problem empty when the device can be used, otherwise one line saying why not
 */
public record AudioDevice(String name, AudioEvent.Direction direction, String problem) {

  public boolean available() {
    return problem.isEmpty();
  }

  /** The label for a picker: the name, plus the problem when there is one. */
  public String label() {
    return available() ? name : name + " (" + problem + ")";
  }
}
