package dev.asciicall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.asciicall.testing.UnitTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the house style, written down so the build enforces them: arrows point one
 * way ({@code app → ui → call → {capture, ascii, codec, audio, net, crypto} → common}), JavaFX only
 * in {@code ui} and {@code app}, and each third-party library behind the one package that owns it.
 */
@UnitTest
class ArchitectureTest {

  private static final String ROOT = "dev.asciicall";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void javaFxOnlyInUiAndApp() {
    noClasses()
        .that()
        .resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx..")
        .check(classes);
  }

  @Test
  void asciiEngineDependsOnNothingElseInTheProject() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".ascii..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".common..",
            ROOT + ".capture..",
            ROOT + ".codec..",
            ROOT + ".audio..",
            ROOT + ".net..",
            ROOT + ".crypto..",
            ROOT + ".call..",
            ROOT + ".cli..",
            ROOT + ".ui..",
            ROOT + ".app..")
        .check(classes);
  }

  @Test
  void asciiEngineUsesNeitherAwtNorJavaFx() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".ascii..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.awt..", "javax.imageio..", "javafx..")
        .check(classes);
  }

  @Test
  void codecDependsOnNothingElseInTheProject() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".codec..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".common..",
            ROOT + ".capture..",
            ROOT + ".ascii..",
            ROOT + ".audio..",
            ROOT + ".net..",
            ROOT + ".crypto..",
            ROOT + ".call..",
            ROOT + ".cli..",
            ROOT + ".ui..",
            ROOT + ".app..")
        .check(classes);
  }

  @Test
  void mediaAndTransportPackagesDoNotReachUpwards() {
    noClasses()
        .that()
        .resideInAnyPackage(
            ROOT + ".capture..",
            ROOT + ".audio..",
            ROOT + ".net..",
            ROOT + ".crypto..",
            ROOT + ".common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".call..", ROOT + ".cli..", ROOT + ".ui..", ROOT + ".app..")
        .check(classes);
  }

  @Test
  void siblingFeaturesStayApart() {
    // capture, audio and crypto are leaves beside each other; net may use crypto (transport
    // encryption is its job) but nothing below call reaches the network, the camera or the sound.
    List<String> leaves = List.of("capture", "audio", "crypto");
    for (String leaf : leaves) {
      List<String> others = new ArrayList<>();
      others.add(ROOT + ".net..");
      leaves.stream()
          .filter(other -> !other.equals(leaf))
          .forEach(o -> others.add(ROOT + "." + o + ".."));
      noClasses()
          .that()
          .resideInAPackage(ROOT + "." + leaf + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others.toArray(String[]::new))
          .check(classes);
    }
  }

  @Test
  void callDoesNotKnowTheUserInterface() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".call..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".cli..", ROOT + ".ui..", ROOT + ".app..")
        .check(classes);
  }

  @Test
  void uiAndCommandLineDoNotKnowTheApp() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".ui..", ROOT + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".app..")
        .check(classes);
  }

  @Test
  void onlyCaptureImportsWebcamCapture() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".capture..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.github.sarxos..")
        .check(classes);
  }

  @Test
  void onlyNetImportsKryoNet() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".net..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.esotericsoftware.kryonet..", "com.esotericsoftware.kryo..")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }
}
