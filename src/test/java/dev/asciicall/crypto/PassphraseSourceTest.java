package dev.asciicall.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@UnitTest
class PassphraseSourceTest {

  @TempDir Path directory;

  @Test
  void fileLosesOneTrailingLineBreakButKeepsOtherSpaces() throws Exception {
    Path file = directory.resolve("pass");
    Files.writeString(file, " open sesame \r\n");

    assertThat(new String(PassphraseSource.fromFile(file))).isEqualTo(" open sesame ");
  }

  @Test
  void missingEmptyOrBinaryFilesGetClearMessages() throws Exception {
    Path empty = directory.resolve("empty");
    Files.writeString(empty, "\n");
    Path binary = directory.resolve("binary");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});

    assertThatThrownBy(() -> PassphraseSource.fromFile(directory.resolve("nope")))
        .isInstanceOf(PassphraseException.class)
        .hasMessageEndingWith("does not exist");
    assertThatThrownBy(() -> PassphraseSource.fromFile(empty)).hasMessageEndingWith("is empty");
    assertThatThrownBy(() -> PassphraseSource.fromFile(binary)).hasMessageEndingWith("UTF-8 text");
    assertThatThrownBy(() -> PassphraseSource.fromFile(directory))
        .hasMessageEndingWith("is a directory");
  }

  @Test
  void environmentVariableIsReadAndMustBeSetAndNonEmpty() throws Exception {
    Map<String, String> environment = Map.of("CALL_PASS", "hunter2\n", "BLANK", "");

    assertThat(new String(PassphraseSource.fromEnvironment("CALL_PASS", environment)))
        .isEqualTo("hunter2");
    assertThatThrownBy(() -> PassphraseSource.fromEnvironment("MISSING", environment))
        .hasMessage("environment variable MISSING is not set");
    assertThatThrownBy(() -> PassphraseSource.fromEnvironment("BLANK", environment))
        .hasMessage("environment variable BLANK is empty");
  }
}
