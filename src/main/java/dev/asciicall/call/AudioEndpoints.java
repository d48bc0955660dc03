package dev.asciicall.call;

import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.ProcessingSettings;

/**
 * The microphone and speakers a new call starts with, asked for on {@code call-control-N} each time
 * a call starts (so the devices picked last are used). Null from either means none: the call goes
 * on without that half and says so.
 */
public interface AudioEndpoints {

  /** No audio at all: the call is video-only (tests, or when the user chose none). */
  AudioEndpoints NONE =
      new AudioEndpoints() {
        @Override
        public AudioSource microphone() {
          return null;
        }

        @Override
        public AudioSink speakers() {
          return null;
        }
      };

  AudioSource microphone();

  AudioSink speakers();

  /** The voice processing a new call starts with; none unless the front end chose some. */
  default ProcessingSettings processing() {
    return ProcessingSettings.NONE;
  }
}
