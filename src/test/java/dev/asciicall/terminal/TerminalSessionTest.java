package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.AnsiTerminal;
import dev.asciicall.testing.UnitTest;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@UnitTest
class TerminalSessionTest {

  private final InMemoryTerminal memory;

  TerminalSessionTest() throws Exception {
    memory = new InMemoryTerminal(80, 24);
  }

  @AfterEach
  void closeTerminal() throws Exception {
    memory.close();
  }

  @Test
  void openingTakesTheScreenAndRawKeysAndClosingGivesThemBack() {
    boolean canonicalBefore =
        memory.terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ICANON);
    TerminalSession session = TerminalSession.open(memory.terminal);

    AnsiTerminal during = memory.screen(80, 24);
    boolean canonicalDuring =
        memory.terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ICANON);
    session.close();
    AnsiTerminal after = memory.screen(80, 24);

    assertThat(canonicalBefore).isTrue();
    assertThat(during.alternateScreen()).isTrue();
    assertThat(during.cursorVisible()).isFalse();
    assertThat(during.autowrap()).isFalse();
    assertThat(canonicalDuring).as("raw keys").isFalse();
    assertRestored(after);
    assertThat(memory.terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ICANON)).isTrue();
  }

  @Test
  void anExceptionLeavesTheTerminalRestored() {
    assertThatThrownBy(
            () -> {
              try (TerminalSession session = TerminalSession.open(memory.terminal)) {
                session.output().write("partial frame".getBytes(StandardCharsets.UTF_8));
                throw new IllegalStateException("boom");
              }
            })
        .hasMessage("boom");

    assertRestored(memory.screen(80, 24));
  }

  @Test
  void theShutdownHookRestoresOnceAndLaterWritesAreDropped() throws Exception {
    TerminalSession session = TerminalSession.open(memory.terminal);

    session.shutdownHook().run(); // what the JVM runs on SIGTERM, SIGHUP or System.exit
    session.output().write("late frame".getBytes(StandardCharsets.UTF_8));
    session.close();

    assertRestored(memory.screen(80, 24));
    String output = memory.outputText();
    assertThat(output).doesNotContain("late frame");
    assertThat(output.indexOf(TerminalSequences.RESTORE))
        .isEqualTo(output.lastIndexOf(TerminalSequences.RESTORE))
        .isPositive();
    assertThat(session.isClosed()).isTrue();
  }

  @Test
  void aResizeIsReportedWithTheNewSize() {
    try (TerminalSession session = TerminalSession.open(memory.terminal)) {
      java.util.concurrent.atomic.AtomicReference<TerminalSize> seen =
          new java.util.concurrent.atomic.AtomicReference<>();
      session.onResize(() -> seen.set(session.size()));

      memory.resize(120, 40);

      InMemoryTerminal.until(() -> seen.get() != null, "the resize is reported");
      assertThat(seen.get()).isEqualTo(new TerminalSize(120, 40));
      assertThat(session.size()).isEqualTo(new TerminalSize(120, 40));
    }
  }

  @Test
  void aTerminalThatCannotBeWrittenIsGivenBackAtOnce() throws Exception {
    java.io.OutputStream broken =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            throw new java.io.IOException("broken pipe");
          }
        };
    try (org.jline.terminal.Terminal terminal =
        org.jline.terminal.TerminalBuilder.builder()
            .system(false)
            .providers("exec")
            .streams(new java.io.ByteArrayInputStream(new byte[0]), broken)
            .type("xterm-256color")
            .build()) {

      assertThatThrownBy(() -> TerminalSession.open(terminal))
          .isInstanceOf(java.io.UncheckedIOException.class);

      assertThat(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ICANON))
          .as("out of raw mode")
          .isTrue();
    }
  }

  @Test
  void aTerminalClosedUnderTheSessionIsStillGivenBack() throws Exception {
    // JLine closes a system terminal in its own shutdown hook, which may run before ours.
    TerminalSession session = TerminalSession.open(memory.terminal);
    memory.terminal.close();

    session.close();

    assertRestored(memory.screen(80, 24));
  }

  static void assertRestored(AnsiTerminal screen) {
    assertThat(screen.alternateScreen()).as("back on the shell's screen").isFalse();
    assertThat(screen.cursorVisible()).as("cursor shown").isTrue();
    assertThat(screen.autowrap()).as("autowrap on").isTrue();
  }
}
