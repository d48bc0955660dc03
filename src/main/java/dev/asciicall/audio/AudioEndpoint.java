package dev.asciicall.audio;

/** What microphones, speakers, tones and files have in common: a name, opening and closing. */
public interface AudioEndpoint extends AutoCloseable {

  /** A short name for menus and messages. */
  String name();

  /** Prepares the device or file. Called once before the first frame. */
  void open() throws AudioDeviceException;

  /** Releases the device. Safe to call more than once. */
  @Override
  void close();
}
