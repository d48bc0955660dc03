package dev.asciicall;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.FrameSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the house style, written down so the build enforces them: arrows point one
 * way ({@code app → {ui, terminal} → call → {capture, ascii, codec, audio, net, crypto} → common}),
 * JavaFX only in {@code ui} and {@code app}, and each third-party library behind the one package
 * that owns it.
 */
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
  void portMappingDependsOnlyOnCommon() {
    // Router port mapping sits beside net, below call: it talks to the router, not to peers.
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".portmap..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".capture..",
            ROOT + ".ascii..",
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
        .resideInAnyPackage(
            ROOT + ".call..",
            ROOT + ".cli..",
            ROOT + ".ui..",
            ROOT + ".terminal..",
            ROOT + ".app..")
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
        .resideInAnyPackage(ROOT + ".cli..", ROOT + ".ui..", ROOT + ".terminal..", ROOT + ".app..")
        .check(classes);
  }

  @Test
  void onlyNetSeesItsWireFormat() {
    // The layers above get call-level values (CallEvents), never wire messages.
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".net..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".net.wire..")
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
  void terminalFrontEndUsesTheCallLayerOnly() {
    // The terminal front end sits beside ui: it draws what call, ascii and codec give it, with
    // JLine,
    // and builds no capture, audio or network chain of its own.
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".terminal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".ui..",
            ROOT + ".net..",
            ROOT + ".app..",
            ROOT + ".cli..",
            ROOT + ".capture..",
            ROOT + ".audio..",
            ROOT + ".crypto..",
            "javafx..")
        .check(classes);
  }

  @Test
  void theWindowAndTheTerminalStayApart() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".terminal..")
        .check(classes);
  }

  @Test
  void onlyTheTerminalFrontEndImportsJLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".terminal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jline..")
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
  void onlyTheVoiceProcessorImportsWebRtc() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(ROOT + ".audio.WebRtcVoiceProcessor")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.onvoid.webrtc..")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void windowFeaturePackagesAreFreeOfCycles() {
    // ui.call may use ui.feed, never the other way round: each feature package of the window can
    // be read on its own with what it uses below it.
    slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theWindowReachesTheNetworkOnlyThroughTheCall() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".net..", ROOT + ".crypto..", ROOT + ".codec..")
        .check(classes);
  }

  @Test
  void theCommandLineDoesNotUseTheWindow() {
    // bench render and the window are handed in by app (GuiLauncher, RenderTiming).
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".ui..")
        .check(classes);
  }

  @Test
  void viewModelsUseOnlyJavaFxPropertiesAndCollections() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat(
            resideInAPackage("javafx..")
                .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
        .because("decisions live in plain view models, tested without a toolkit")
        .check(classes);
  }

  @Test
  void everyFrontEndSharesTheOneLocalVideoPipeline() {
    // Exemption: cli's capture command measures capture alone; nothing is converted or sent.
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".capture..")
        .and()
        .doNotHaveFullyQualifiedName(ROOT + ".call.LocalVideo")
        .and()
        .doNotHaveFullyQualifiedName(ROOT + ".cli.CaptureCommand")
        .should()
        .callMethod(CaptureService.class, "addSink", FrameSink.class, Executor.class)
        .because("the window, the terminal and headless peers all use call.LocalVideo")
        .check(classes);
  }
}
