package dev.asciicall;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.asciicall.ascii.SimdEngine;
import dev.asciicall.capture.CaptureService;
import dev.asciicall.capture.FrameSink;
import dev.asciicall.common.Threads;
import dev.asciicall.testing.UnitTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the house style, written down so the build enforces them: arrows point one
 * way ({@code app → {ui, terminal} → call → {capture, ascii, codec, audio, net, crypto} → common}),
 * JavaFX only in {@code ui} and {@code app}, and each third-party library behind the one package
 * that owns it.
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
  void theCommandLineAndItsSubpackagesHaveNoCycles() {
    // Each subpackage of cli is a slice of its own beside cli itself, so an arrow back up from a
    // subpackage (cli.crypto → cli once) fails here rather than hiding inside the one cli slice.
    slices()
        .matching(ROOT + ".(**)")
        .that(
            DescribedPredicate.describe(
                "are cli or below it",
                slice ->
                    slice.getDescription().equals("Slice cli")
                        || slice.getDescription().startsWith("Slice cli.")))
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
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

  @Test
  void onlyTheCommandLinePrintsToTheConsole() {
    // Everything else reports through listeners, return values, logs or a stream it is handed,
    // so a window, a test or the terminal front end decides where text goes. The terminal front
    // end owns the console while it draws a call (it holds back other output meanwhile).
    noClasses()
        .that()
        .resideOutsideOfPackages(ROOT + ".cli..", ROOT + ".terminal..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethodWhere(PRINTS_A_STACK_TRACE_TO_THE_CONSOLE)
        .check(classes);
  }

  /** {@code e.printStackTrace()} on any exception type: it writes to System.err. */
  private static final DescribedPredicate<JavaMethodCall> PRINTS_A_STACK_TRACE_TO_THE_CONSOLE =
      DescribedPredicate.describe(
          "printStackTrace() is called",
          call ->
              call.getName().equals("printStackTrace")
                  && call.getTarget().getRawParameterTypes().isEmpty()
                  && call.getTargetOwner().isAssignableTo(Throwable.class));

  @Test
  void onlyCommonThreadsMakesThreads() {
    noClasses()
        .that()
        .doNotBelongToAnyOf(Threads.class)
        // Named exemption: the engine package depends on nothing else in the project, common
        // included (asciiEngineDependsOnNothingElseInTheProject), so its one low-priority daemon
        // thread that warms the SIMD path up is made where it is used, and named "simd-warmup".
        .and()
        .doNotBelongToAnyOf(SimdEngine.class)
        .should()
        .callConstructorWhere(MAKES_A_THREAD)
        .orShould()
        .callMethodWhere(RUNS_ON_UNNAMED_THREADS)
        .check(classes);
  }

  /** {@code new Thread(…)}, a subclass of it, or a {@link java.util.Timer} (its own thread). */
  private static final DescribedPredicate<JavaConstructorCall> MAKES_A_THREAD =
      DescribedPredicate.describe(
          "a Thread or Timer is constructed, or a pool with the JDK's unnamed thread factory",
          call -> {
            JavaClass owner = call.getTargetOwner();
            return owner.isAssignableTo(Thread.class)
                || owner.isAssignableTo(java.util.Timer.class)
                || owner.isAssignableTo(ForkJoinPool.class)
                || (owner.isAssignableTo(ThreadPoolExecutor.class)
                    && !takes(call.getTarget().getRawParameterTypes(), ThreadFactory.class));
          });

  /**
   * Pools from {@link Executors} without a {@link ThreadFactory} (threads named "pool-1-thread-1",
   * not daemons) and {@link CompletableFuture}'s {@code …Async} methods without an executor (the
   * common pool's unnamed workers).
   */
  private static final DescribedPredicate<JavaMethodCall> RUNS_ON_UNNAMED_THREADS =
      DescribedPredicate.describe(
          "an Executors pool without a ThreadFactory or a CompletableFuture …Async without an"
              + " Executor is used",
          call -> {
            JavaClass owner = call.getTargetOwner();
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            String name = call.getName();
            return (owner.isEquivalentTo(Executors.class)
                    && name.startsWith("new")
                    && !takes(parameters, ThreadFactory.class))
                || (owner.isAssignableTo(CompletableFuture.class)
                    && name.endsWith("Async")
                    && !takes(parameters, Executor.class));
          });

  private static boolean takes(List<JavaClass> parameters, Class<?> type) {
    return parameters.stream().anyMatch(parameter -> parameter.isAssignableTo(type));
  }
}
