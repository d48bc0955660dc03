package dev.asciicall.cli;

import dev.asciicall.ascii.AsciiConverter;
import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.ColorCapture;
import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.ascii.PixelImage;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.Participant;
import dev.asciicall.capture.DemoSource;
import dev.asciicall.capture.VideoFrame;
import dev.asciicall.codec.Rgb444;
import dev.asciicall.terminal.CallScreen;
import dev.asciicall.terminal.CallScreenModel;
import dev.asciicall.terminal.ColorChoice;
import dev.asciicall.terminal.ColorLevel;
import dev.asciicall.terminal.ColorSupport;
import dev.asciicall.terminal.KeyMap;
import dev.asciicall.terminal.KeyState;
import dev.asciicall.terminal.Screen;
import dev.asciicall.terminal.ScreenWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code asciicall bench terminal}: what the terminal front end costs in a call. Demo-scene frames,
 * converted once beforehand as a sender would (colours as the codec delivers them), arrive for
 * every person at the given rate; each time all tiles have a new frame the screen is drawn ({@code
 * CallScreen}) and written ({@code ScreenWriter}) into a byte-counting sink. It prints, as medians
 * over the rounds, the bytes per second a terminal would have to take and the CPU time (as a share
 * of one core) of drawing and writing, for changed cells only and for a full redraw of every frame.
 */
@Command(
    name = "terminal",
    mixinStandardHelpOptions = true,
    description =
        "Measure the terminal front end: bytes/s written to the terminal and CPU, changed cells"
            + " only against a full redraw, as JSON.")
public final class BenchTerminalCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--columns", description = "Terminal width (default: ${DEFAULT-VALUE}).")
  int columns = 200;

  @Option(names = "--rows", description = "Terminal height (default: ${DEFAULT-VALUE}).")
  int rows = 60;

  @Option(
      names = "--peers",
      description = "People in the call, me included (default: ${DEFAULT-VALUE}).")
  int peers = 4;

  @Option(
      names = "--fps",
      description = "Frames per second per person (default: ${DEFAULT-VALUE}).")
  int fps = 30;

  @Option(names = "--seconds", description = "Call time per round (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Option(
      names = "--rounds",
      description = "Timed rounds of each kind after one warm-up (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Option(
      names = "--color",
      paramLabel = "LEVEL",
      description = "Terminal colour level: truecolor (default), 256, 16 or none.")
  String colorLevel = "truecolor";

  @Option(
      names = "--mode",
      description = "What senders send: density (default), shape, braille or half-block.")
  String modeName = "density";

  @Option(names = "--monochrome", description = "Senders send no colour.")
  boolean monochrome;

  @Option(
      names = "--frame-columns",
      description = "Columns of each sender's frames (default: ${DEFAULT-VALUE}).")
  int frameColumns = ConversionSettings.DEFAULT_COLUMNS;

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  @Override
  public Integer call() {
    if (columns < 20 || rows < 8 || columns > 1000 || rows > 500) {
      throw UserFacingException.badInput("--columns must be 20..1000 and --rows 8..500");
    }
    if (peers < 1 || peers > 16 || fps < 1 || fps > 240 || rounds < 1 || !(seconds > 0)) {
      throw UserFacingException.badInput(
          "--peers must be 1..16, --fps 1..240, --rounds at least 1, --seconds above 0");
    }
    if (frameColumns < 8 || frameColumns > 400) {
      throw UserFacingException.badInput("--frame-columns must be 8..400");
    }
    ColorLevel level = level();
    List<AsciiFrame> frames = frames();
    Run run = new Run(level, frames);
    run.round(true); // warm-up, discarded
    run.round(false);
    for (int round = 0; round < rounds; round++) {
      run.round(round % 2 == 0);
      run.round(round % 2 != 0);
    }
    spec.commandLine().getOut().println(run.json(level, frames.get(0)));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private ColorLevel level() {
    ColorChoice choice;
    try {
      choice = ColorChoice.parse(colorLevel);
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badInput(e.getMessage());
    }
    if (choice == ColorChoice.AUTO) {
      throw UserFacingException.badInput("--color needs a level here: truecolor, 256, 16 or none");
    }
    return ColorSupport.detect(choice, Map.of(), null, -1);
  }

  /** Two seconds of the demo scene, converted as a sender's pipeline would. */
  private List<AsciiFrame> frames() {
    ConversionSettings settings =
        ConversionSettings.defaults()
            .withColumns(frameColumns)
            .withMode(ConvertCommand.parseMode(modeName))
            .withColor(monochrome ? ColorCapture.MONOCHROME : ColorCapture.PER_CELL);
    DemoSource scene = new DemoSource(640, 480, fps);
    AsciiConverter converter = new AsciiConverter();
    List<AsciiFrame> frames = new ArrayList<>();
    for (int i = 0; i < 2 * fps; i++) {
      VideoFrame picture = scene.render(i / (double) fps, i, 0);
      frames.add(
          received(
              converter.convert(
                  PixelImage.rgb(picture.width(), picture.height(), picture.rgb()), settings)));
    }
    return frames;
  }

  /** The frame as a receiver has it: colours come through the codec as RGB 4:4:4. */
  private static AsciiFrame received(AsciiFrame sent) {
    int cells = sent.columns() * sent.rows();
    int[] foreground = sent.hasColor() ? new int[cells] : null;
    int[] background = sent.hasBackground() ? new int[cells] : null;
    for (int row = 0; row < sent.rows(); row++) {
      for (int column = 0; column < sent.columns(); column++) {
        int cell = row * sent.columns() + column;
        if (foreground != null) {
          foreground[cell] = Rgb444.quantize(sent.foreground(column, row));
        }
        if (background != null) {
          background[cell] = Rgb444.quantize(sent.background(column, row));
        }
      }
    }
    return AsciiFrame.of(
        sent.columns(),
        sent.rows(),
        sent.palette(),
        sent.mode(),
        sent.glyphIndices(),
        foreground,
        background);
  }

  /** The call on screen and its measurements; the benchmark's thread only. */
  private final class Run {
    private final List<AsciiFrame> frames;
    private final CallScreenModel model = new CallScreenModel("me", "bench");
    private final CountingSink sink = new CountingSink();
    private final ScreenWriter writer;
    private final Screen screen = new Screen(columns, rows);
    private final ColorLevel level;
    private final List<Double> diffBytesPerSecond = new ArrayList<>();
    private final List<Double> fullBytesPerSecond = new ArrayList<>();
    private final List<Double> diffCpuPercent = new ArrayList<>();
    private final List<Double> fullCpuPercent = new ArrayList<>();
    private final List<Double> diffMillis = new ArrayList<>();
    private final List<Double> fullMillis = new ArrayList<>();
    private long tick;

    Run(ColorLevel level, List<AsciiFrame> frames) {
      this.level = level;
      this.frames = frames;
      this.writer = new ScreenWriter(sink, level);
      model.callStatusChanged(new CallStatus(CallState.JOINED, "bench", "In the call"));
      for (int peer = 1; peer < peers; peer++) {
        model.participantJoined(new Participant(peer, "peer " + peer));
      }
    }

    /** One round of {@code seconds} of call; {@code full} repaints every cell of every refresh. */
    void round(boolean full) {
      int refreshes = (int) Math.max(1, Math.round(seconds * fps));
      long bytesBefore = sink.bytes;
      writer.redrawAll();
      long cpuStart = CPU.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      for (int i = 0; i < refreshes; i++) {
        tick++;
        // Each person's stream is at its own point of the scene, as real people are.
        model.localFrame(frames.get((int) (tick % frames.size())));
        for (int peer = 1; peer < peers; peer++) {
          model.frameReceived(peer, frames.get((int) ((tick + 17L * peer) % frames.size())));
        }
        CallScreen.draw(model.view(), KeyState.INITIAL, KeyMap.CALL, level, screen);
        if (full) {
          writer.redrawAll();
        }
        try {
          writer.write(screen);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      long wall = System.nanoTime() - wallStart;
      long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
      double bytesPerSecond = (sink.bytes - bytesBefore) / seconds;
      // CPU needed to keep up in real time: CPU per refresh times refreshes per second.
      double cpuPercent = 100.0 * cpu / (seconds * 1e9);
      double millisPerRefresh = wall / 1e6 / refreshes;
      if (full) {
        fullBytesPerSecond.add(bytesPerSecond);
        fullCpuPercent.add(cpuPercent);
        fullMillis.add(millisPerRefresh);
      } else {
        diffBytesPerSecond.add(bytesPerSecond);
        diffCpuPercent.add(cpuPercent);
        diffMillis.add(millisPerRefresh);
      }
    }

    String json(ColorLevel shownLevel, AsciiFrame sample) {
      // The warm-up round and its first partner are in the lists too: drop one of each.
      List<Double> diffBytes = diffBytesPerSecond.subList(1, diffBytesPerSecond.size());
      List<Double> fullBytes = fullBytesPerSecond.subList(1, fullBytesPerSecond.size());
      List<Double> diffCpu = diffCpuPercent.subList(1, diffCpuPercent.size());
      List<Double> fullCpu = fullCpuPercent.subList(1, fullCpuPercent.size());
      List<Double> diffMs = diffMillis.subList(1, diffMillis.size());
      List<Double> fullMs = fullMillis.subList(1, fullMillis.size());
      return String.format(
          Locale.ROOT,
          "{\"columns\":%d,\"rows\":%d,\"peers\":%d,\"fps\":%d,\"seconds\":%.1f,\"rounds\":%d,"
              + "\"color\":\"%s\",\"mode\":\"%s\",\"colour_frames\":%b,\"frame_columns\":%d,"
              + "\"frame_rows\":%d,"
              + "\"diff_bytes_per_second_median\":%.0f,\"full_bytes_per_second_median\":%.0f,"
              + "\"diff_cpu_percent_median\":%.2f,\"full_cpu_percent_median\":%.2f,"
              + "\"diff_ms_per_refresh_median\":%.3f,\"full_ms_per_refresh_median\":%.3f}",
          columns,
          rows,
          peers,
          fps,
          seconds,
          rounds,
          shownLevel.option(),
          sample.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          sample.hasColor(),
          sample.columns(),
          sample.rows(),
          BenchCodecCommand.CodecRun.median(diffBytes),
          BenchCodecCommand.CodecRun.median(fullBytes),
          BenchCodecCommand.CodecRun.median(diffCpu),
          BenchCodecCommand.CodecRun.median(fullCpu),
          BenchCodecCommand.CodecRun.median(diffMs),
          BenchCodecCommand.CodecRun.median(fullMs));
    }
  }

  /** Counts bytes and throws them away, as a terminal that keeps up would. */
  private static final class CountingSink extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      bytes += length;
    }
  }
}
