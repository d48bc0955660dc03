package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@UnitTest
class HeldBackOutputTest {

  @Test
  void linesPrintedWhileTheCallIsOnScreenAppearAfterItInOrder() {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));

      HeldBackOutput held = HeldBackOutput.install();
      System.out.println("out line");
      System.err.println("[net-client-1] WARN a log line");
      String duringOut = out.toString(StandardCharsets.UTF_8);
      String duringErr = err.toString(StandardCharsets.UTF_8);
      held.release();
      System.err.println("after");

      assertThat(duringOut).isEmpty();
      assertThat(duringErr).isEmpty();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .isEqualTo("out line" + System.lineSeparator());
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              "[net-client-1] WARN a log line"
                  + System.lineSeparator()
                  + "after"
                  + System.lineSeparator());
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }
}
