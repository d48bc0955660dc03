package dev.asciicall.audio.room;

import dev.asciicall.audio.AudioFormats;
import java.util.Random;

/**
 * Builds the takes the voice trials use. The near-end talker reaches the microphone at about -26
 * dBFS. The far end is played through a small loudspeaker ({@link Loudspeaker}) and reaches the
 * microphone after the device's playback-to-capture delay and an office's reverberation ({@link
 * RoomImpulse}: RT60 0.3 s); at speaker volume 0 dB its echo is about as loud as the talker (a
 * laptop with its speakers turned up), by default 6 dB quieter. The microphone adds its own hiss at
 * -65 dBFS.
 */
public final class SimulatedRoom {

  static final int RATE = AudioFormats.SAMPLE_RATE;

  /** Far-end level: the clips are about -20 dBFS; played at half that amplitude. */
  private static final double FAR_END_GAIN = 0.5;

  private final double farEndGain;

  private static final double NEAR_END_GAIN = 0.5;
  private static final double HISS_RMS = Math.pow(10, -65 / 20.0);

  private final SpeechClips speech;
  private final double[] impulse;

  /** Speakers 6 dB below the loud setting: the default room of the trials. */
  public static final double DEFAULT_SPEAKER_DECIBELS = -6;

  public SimulatedRoom(SpeechClips speech) {
    this(speech, DEFAULT_SPEAKER_DECIBELS);
  }

  /**
   * @param speakerDecibels speaker volume: 0 dB makes the echo about as loud as the near-end
   *     talker, -6 dB (the default) 6 dB quieter
   */
  public SimulatedRoom(SpeechClips speech, double speakerDecibels) {
    this.speech = speech;
    this.farEndGain = FAR_END_GAIN * Math.pow(10, speakerDecibels / 20);
    this.impulse = RoomImpulse.synthesize(0.3, 3, 21);
  }

  /**
   * The far end talks for the whole take; the near end joins at {@code doubleTalkFromSeconds} and
   * both talk at once from then on.
   */
  public RoomTake echoAndDoubleTalk(int delayMillis, double seconds, double doubleTalkFromSeconds) {
    int length = (int) (seconds * RATE);
    double[] played = farEnd(length);
    double[] echo = echo(played, delayMillis, delayMillis, -1);
    double[] near = new double[length];
    int from = (int) (doubleTalkFromSeconds * RATE);
    for (int i = from; i < length; i++) {
      near[i] = NEAR_END_GAIN * speech.nearEnd()[(i - from) % speech.nearEnd().length];
    }
    double[] hiss = hiss(length, 5);
    return new RoomTake(played, sum(echo, near, hiss), near, hiss, -1);
  }

  /** Only the far end talks; the device's delay jumps from one value to another mid-take. */
  public RoomTake delayChange(
      int beforeMillis, int afterMillis, double seconds, double changeAtSeconds) {
    int length = (int) (seconds * RATE);
    int change = (int) (changeAtSeconds * RATE);
    double[] played = farEnd(length);
    double[] echo = echo(played, beforeMillis, afterMillis, change);
    double[] hiss = hiss(length, 6);
    return new RoomTake(played, sum(echo, hiss), new double[length], hiss, change);
  }

  /**
   * Only the near end talks, next to a fan: speech-active frames are {@code snrDecibels} louder
   * than the fan.
   */
  public RoomTake noisyTalk(double snrDecibels, double seconds) {
    int length = (int) (seconds * RATE);
    double[] near = new double[length];
    for (int i = 0; i < length; i++) {
      near[i] = NEAR_END_GAIN * speech.nearEnd()[i % speech.nearEnd().length];
    }
    double speechPower = VoiceMetrics.activePower(near, VoiceMetrics.activeFrames(near));
    double fanRms = Math.sqrt(speechPower / Math.pow(10, snrDecibels / 10));
    double[] fan = FanNoise.generate(length, 7);
    double[] hiss = hiss(length, 8);
    for (int i = 0; i < length; i++) {
      fan[i] = fan[i] * fanRms + hiss[i];
    }
    return new RoomTake(new double[length], sum(near, fan), near, fan, -1);
  }

  private double[] farEnd(int length) {
    double[] played = new double[length];
    double[] clip = speech.farEnd();
    for (int i = 0; i < length; i++) {
      played[i] = farEndGain * clip[i % clip.length];
    }
    return played;
  }

  /** Loudspeaker, delay (changing at {@code change} if not -1), room. */
  private double[] echo(double[] played, int beforeMillis, int afterMillis, int change) {
    double[] sound = Convolution.of(Loudspeaker.play(played), impulse);
    int before = beforeMillis * RATE / 1000;
    int after = afterMillis * RATE / 1000;
    double[] echo = new double[played.length];
    for (int i = 0; i < echo.length; i++) {
      int delay = change >= 0 && i >= change ? after : before;
      echo[i] = i >= delay ? sound[i - delay] : 0;
    }
    return echo;
  }

  private static double[] hiss(int length, long seed) {
    Random random = new Random(seed);
    double[] hiss = new double[length];
    for (int i = 0; i < length; i++) {
      hiss[i] = random.nextGaussian() * HISS_RMS;
    }
    return hiss;
  }

  private static double[] sum(double[]... parts) {
    double[] total = new double[parts[0].length];
    for (double[] part : parts) {
      for (int i = 0; i < total.length; i++) {
        total[i] += part[i];
      }
    }
    return total;
  }
}
