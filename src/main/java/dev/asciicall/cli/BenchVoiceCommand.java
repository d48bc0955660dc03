package dev.asciicall.cli;

import dev.asciicall.audio.AudioDeviceException;
import dev.asciicall.audio.ProcessingUnavailableException;
import dev.asciicall.audio.VoiceProcessing;
import dev.asciicall.audio.room.EchoGateProcessor;
import dev.asciicall.audio.room.SimulatedRoom;
import dev.asciicall.audio.room.SpeechClips;
import dev.asciicall.audio.room.VoiceTrials;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asciicall bench voice}: voice processing in a simulated room (no sound card needed): echo
 * return loss enhancement at several device delays, double talk, re-convergence after the delay
 * jumps, noise suppression, and the cost per 20 ms frame; then the same trials for the echo gate
 * calls used before, for comparison. Prints one JSON line.
 */
@Command(
    name = "voice",
    mixinStandardHelpOptions = true,
    description =
        "Measure echo cancellation, noise suppression and their cost in a simulated room.")
public final class BenchVoiceCommand implements Runnable {

  @Option(
      names = "--speech",
      defaultValue = "src/test/resources/speech",
      description =
          "Folder with far-end.wav and near-end.wav (default: ${DEFAULT-VALUE}, the project's"
              + " clips).")
  Path speech;

  @Option(
      names = "--delays",
      split = ",",
      defaultValue = "40,80,150,300",
      description = "Device delays in ms for the echo trial (default: ${DEFAULT-VALUE}).")
  List<Integer> delays;

  @Option(
      names = "--speaker-db",
      defaultValue = "" + SimulatedRoom.DEFAULT_SPEAKER_DECIBELS,
      description =
          "Speaker volume: 0 makes the echo as loud as the talker at the microphone"
              + " (default: ${DEFAULT-VALUE}).")
  double speakerDecibels;

  @Option(
      names = "--rounds",
      defaultValue = "3",
      description =
          "Cost rounds (each a 16 s take of every stage); the median of their medians is"
              + " reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (speakerDecibels < -40 || speakerDecibels > 6) {
      throw UserFacingException.badInput("--speaker-db must be between -40 and 6");
    }
    if (rounds < 1 || delays.isEmpty() || delays.stream().anyMatch(d -> d < 0 || d > 1000)) {
      throw UserFacingException.badInput(
          "bench voice needs --rounds >= 1 and --delays between 0 and 1000 ms");
    }
    SpeechClips clips;
    try {
      clips = SpeechClips.load(speech);
    } catch (AudioDeviceException e) {
      throw UserFacingException.badInput("--speech: " + e.getMessage());
    }
    VoiceTrials trials = new VoiceTrials(new SimulatedRoom(clips, speakerDecibels));
    VoiceProcessing.Factory gate = settings -> new EchoGateProcessor();
    StringBuilder json =
        new StringBuilder(format("{\"benchmark\":\"voice\",\"speaker_db\":%.1f", speakerDecibels));
    try {
      json.append(",\"processor\":\"webrtc-apm\"");
      json.append(figures(trials, VoiceProcessing.WEBRTC, true));
    } catch (ProcessingUnavailableException e) {
      json.append(",\"processor\":\"unavailable\",\"reason\":\"")
          .append(e.getMessage().replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
    }
    try {
      json.append(",\"echo_gate\":{\"processor\":\"echo-gate\"")
          .append(figures(trials, gate, false))
          .append('}');
    } catch (ProcessingUnavailableException e) {
      throw new IllegalStateException("the echo gate needs no library", e);
    }
    json.append('}');
    PrintWriter out = spec.commandLine().getOut();
    out.println(json);
    out.flush();
  }

  private String figures(VoiceTrials trials, VoiceProcessing.Factory processors, boolean timed)
      throws ProcessingUnavailableException {
    StringBuilder json = new StringBuilder(",\"echo\":[");
    for (int i = 0; i < delays.size(); i++) {
      VoiceTrials.EchoFigures echo = trials.echo(processors, delays.get(i));
      json.append(i == 0 ? "" : ",")
          .append(
              format(
                  "{\"delay_ms\":%d,\"erle_db\":%.1f,\"double_talk_correlation\":%.3f,"
                      + "\"double_talk_lag_ms\":%.1f,\"double_talk_level_db\":%.1f}",
                  echo.delayMillis(),
                  echo.erleDecibels(),
                  echo.doubleTalkCorrelation(),
                  echo.doubleTalkLagMillis(),
                  echo.doubleTalkLevelDecibels()));
    }
    json.append(']');
    VoiceTrials.DelayFigures delay = trials.delayChange(processors, 80, 200);
    json.append(
        format(
            ",\"delay_change\":{\"from_ms\":%d,\"to_ms\":%d,\"erle_before_db\":%.1f,"
                + "\"reconverge_s\":%s,\"reconverge_strict_s\":%s,"
                + "\"never_changed_strict_s\":%s,\"erle_first_2s_db\":%.1f,"
                + "\"erle_after_db\":%.1f}",
            delay.beforeMillis(),
            delay.afterMillis(),
            delay.erleBeforeDecibels(),
            seconds(delay.reconvergenceSeconds()),
            seconds(delay.strictReconvergenceSeconds()),
            seconds(delay.steadyStrictSeconds()),
            delay.erleFirstTwoSecondsDecibels(),
            delay.erleAfterDecibels()));
    VoiceTrials.NoiseFigures noise = trials.noise(processors, 5);
    json.append(
        format(
            ",\"noise\":{\"snr_in_db\":%.1f,\"snr_out_db\":%.1f,\"snr_improvement_db\":%.1f,"
                + "\"speech_level_db\":%.1f}",
            noise.snrInDecibels(),
            noise.snrOutDecibels(),
            noise.improvementDecibels(),
            noise.speechLevelDecibels()));
    if (timed) {
      List<VoiceTrials.Cost> costs = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        costs.add(trials.cost(processors));
      }
      costs.sort((a, b) -> Double.compare(a.wallMillis(), b.wallMillis()));
      VoiceTrials.Cost wall = costs.get(costs.size() / 2);
      costs.sort((a, b) -> Double.compare(a.cpuMillis(), b.cpuMillis()));
      VoiceTrials.Cost cpu = costs.get(costs.size() / 2);
      costs.sort((a, b) -> Double.compare(a.cpuP99Millis(), b.cpuP99Millis()));
      VoiceTrials.Cost cpuP99 = costs.get(costs.size() / 2);
      json.append(
          format(
              ",\"cost\":{\"rounds\":%d,\"frames_per_round\":%d,\"frame_ms_median\":%.3f,"
                  + "\"frame_cpu_ms_median\":%.3f,\"frame_cpu_ms_p99\":%.3f}",
              rounds, wall.frames(), wall.wallMillis(), cpu.cpuMillis(), cpuP99.cpuP99Millis()));
    }
    return json.toString();
  }

  private static String seconds(double seconds) {
    return Double.isInfinite(seconds) ? "null" : format("%.1f", seconds);
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
