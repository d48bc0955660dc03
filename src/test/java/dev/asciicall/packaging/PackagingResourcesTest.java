package dev.asciicall.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the per-OS files jpackage takes from {@code packaging/}: a mistake in them only shows up
 * on the other OS, after installing, so it is caught here instead.
 */
@UnitTest
class PackagingResourcesTest {

  private static final Path PACKAGING = Path.of("packaging");

  @ParameterizedTest
  @ValueSource(ints = {32, 64, 256})
  void windowIconIsOnTheClassPathAtItsSize(int size) throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/dev/asciicall/app/icon-" + size + ".png")) {
      assertThat(in).as("icon-%d.png on the class path", size).isNotNull();
      BufferedImage icon = ImageIO.read(in);
      assertThat(icon.getWidth()).isEqualTo(size);
      assertThat(icon.getHeight()).isEqualTo(size);
      // The rounded corners are transparent, the middle is not.
      assertThat(icon.getRGB(0, 0) >>> 24).isZero();
      assertThat(icon.getRGB(size / 2, size / 2) >>> 24).isEqualTo(0xff);
    }
  }

  @Test
  void linuxIconIsALargePng() throws IOException {
    BufferedImage icon = ImageIO.read(PACKAGING.resolve("linux/asciicall.png").toFile());
    assertThat(icon.getWidth()).isGreaterThanOrEqualTo(256);
  }

  @Test
  void windowsAndMacIconsHaveTheirFormatsMagicBytes() throws IOException {
    byte[] ico = Files.readAllBytes(PACKAGING.resolve("windows/asciicall.ico"));
    assertThat(ico).startsWith(0, 0, 1, 0);
    byte[] icns = Files.readAllBytes(PACKAGING.resolve("macos/asciicall.icns"));
    assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
  }

  @Test
  void macInfoPlistIsValidAndAsksForCameraAndMicrophone() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // The DOCTYPE names Apple's DTD; do not fetch it.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document plist =
        factory.newDocumentBuilder().parse(PACKAGING.resolve("macos/Info.plist").toFile());
    NodeList keys = plist.getElementsByTagName("key");
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < keys.getLength(); i++) {
      Node value = keys.item(i).getNextSibling();
      while (value != null && value.getNodeType() != Node.ELEMENT_NODE) {
        value = value.getNextSibling();
      }
      values.put(keys.item(i).getTextContent(), value == null ? "" : value.getTextContent());
    }
    assertThat(values.get("NSCameraUsageDescription")).contains("camera");
    assertThat(values.get("NSMicrophoneUsageDescription")).contains("voice");
    // jpackage fills these in; a typo would leave the literal word in the installed app.
    assertThat(values.get("CFBundleExecutable")).isEqualTo("DEPLOY_LAUNCHER_NAME");
    assertThat(values.get("CFBundleIdentifier")).isEqualTo("DEPLOY_BUNDLE_IDENTIFIER");
  }

  @Test
  void linuxDesktopEntryIsInTheAudioVideoMenu() throws IOException {
    String desktop = Files.readString(PACKAGING.resolve("linux/asciicall.desktop"));
    assertThat(desktop).startsWith("[Desktop Entry]");
    // jpackage replaces DEPLOY_BUNDLE_CATEGORY with --linux-menu-group (AudioVideo, set in
    // pom.xml).
    assertThat(desktop).contains("Categories=DEPLOY_BUNDLE_CATEGORY;Video;Network;");
    assertThat(Files.readString(Path.of("pom.xml"))).contains("--linux-menu-group AudioVideo");
  }

  @Test
  void linuxDesktopEntryOpensAsciicallInviteLinks() throws IOException {
    List<String> lines = Files.readAllLines(PACKAGING.resolve("linux/asciicall.desktop"));
    assertThat(lines).contains("MimeType=x-scheme-handler/asciicall;");
    // %u hands the clicked link to the launcher as its argument.
    assertThat(lines).contains("Exec=APPLICATION_LAUNCHER %u");
    // jpackage would fill DESKTOP_MIMES with a second MimeType line for file associations.
    assertThat(lines).noneMatch(line -> line.contains("DESKTOP_MIMES"));
    assertThat(lines.stream().filter(line -> line.startsWith("MimeType="))).hasSize(1);
  }

  @Test
  void macInfoPlistRegistersTheAsciicallUrlScheme() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document plist =
        factory.newDocumentBuilder().parse(PACKAGING.resolve("macos/Info.plist").toFile());
    NodeList keys = plist.getElementsByTagName("key");
    List<String> schemes = new ArrayList<>();
    for (int i = 0; i < keys.getLength(); i++) {
      if (keys.item(i).getTextContent().equals("CFBundleURLSchemes")) {
        Node array = keys.item(i).getNextSibling();
        while (array.getNodeType() != Node.ELEMENT_NODE) {
          array = array.getNextSibling();
        }
        schemes.add(array.getTextContent().trim());
      }
    }
    assertThat(schemes).containsExactly("asciicall");
  }

  @Test
  void relayUnitRunsTheHeadlessHostHardenedWithItsSettingsAndOptionalPassphrase()
      throws IOException {
    List<String> unit = Files.readAllLines(PACKAGING.resolve("linux/asciicall-relay.service"));
    assertThat(unit)
        .contains(
            "ExecStart=/opt/asciicall/bin/asciicall host --headless",
            "EnvironmentFile=/etc/asciicall/relay.conf",
            "DynamicUser=yes",
            "ProtectSystem=strict",
            "NoNewPrivileges=yes",
            "StateDirectory=asciicall-relay",
            "Environment=XDG_CONFIG_HOME=%S/asciicall-relay",
            "WantedBy=multi-user.target");
    // A missing passphrase file must not stop the unit: the SetCredential= of the same name is
    // systemd's fallback, and the relay reads a lone line break as "no passphrase".
    assertThat(unit)
        .contains(
            "LoadCredential=passphrase:/etc/asciicall/relay.passphrase",
            "SetCredential=passphrase:\\n",
            "Environment=ASCIICALL_PASSPHRASE_FILE=%d/passphrase");
    // Never the passphrase itself in a world-readable unit or settings file.
    String conf = Files.readString(PACKAGING.resolve("linux/relay.conf"));
    assertThat(conf).doesNotContainPattern("(?m)^[A-Z_]*PASSPHRASE[A-Z_]*=");
  }

  @Test
  void debPostProcessingAddsTheUnitAndTheConffile() throws IOException {
    String script = Files.readString(PACKAGING.resolve("linux/deb-add-relay.sh"));
    assertThat(script)
        .contains("lib/systemd/system/asciicall-relay.service")
        .contains("etc/asciicall/relay.conf")
        .contains("DEBIAN/conffiles");
    assertThat(Files.readString(Path.of("pom.xml"))).contains("packaging/linux/deb-add-relay.sh");
    // Installed disabled: no maintainer script enables or starts the relay.
    for (String script2 : List.of("postinst", "prerm", "postrm")) {
      assertThat(Files.readString(PACKAGING.resolve("linux/" + script2)))
          .doesNotContain("systemctl enable")
          .doesNotContain("systemctl start")
          .doesNotContain("systemctl --system enable");
    }
  }

  @Test
  void windowsConsoleLauncherHasAConsole() throws IOException {
    Properties launcher = new Properties();
    try (InputStream in =
        Files.newInputStream(PACKAGING.resolve("windows/asciicall-cli.properties"))) {
      launcher.load(in);
    }
    assertThat(launcher.getProperty("win-console")).isEqualTo("true");
  }
}
