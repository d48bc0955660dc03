package dev.asciicall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.asciicall.call.CallService;
import dev.asciicall.call.HeadlessParticipant;
import dev.asciicall.net.HostServer;
import dev.asciicall.net.PeerClient;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import dev.asciicall.testing.Tiers;
import dev.asciicall.testing.UnitTest;
import java.lang.reflect.AnnotatedElement;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Every test runs in exactly one of the three speeds ({@link Tiers}), so {@code -Ptier-unit},
 * {@code -Ptier-network} and {@code -Ptier-ui} together run every test once and a new test cannot
 * slip out of all three. What a tier may touch is checked as far as the test's own code shows it.
 */
@UnitTest
class TestTiersTest {

  private static JavaClasses tests;

  @BeforeAll
  static void importTests() {
    tests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("dev.asciicall");
  }

  private static final DescribedPredicate<JavaClass> HOLD_TESTS =
      DescribedPredicate.describe(
          "hold tests", type -> type.getMethods().stream().anyMatch(TestTiersTest::isTest));

  private static boolean isTest(JavaMethod method) {
    return method.isMetaAnnotatedWith(Testable.class);
  }

  /** The tier tags on a class or method, direct or through an annotation such as @UnitTest. */
  private static List<String> tiers(AnnotatedElement element) {
    return AnnotationSupport.findRepeatableAnnotations(element, Tag.class).stream()
        .map(Tag::value)
        .filter(Tiers.ALL::contains)
        .toList();
  }

  @Test
  void everyTestClassCarriesExactlyOneTier() {
    classes()
        .that(HOLD_TESTS)
        .should(
            new ArchCondition<>("carry exactly one of the tiers " + Tiers.ALL) {
              @Override
              public void check(JavaClass type, ConditionEvents events) {
                List<String> found = tiers(type.reflect());
                events.add(
                    new SimpleConditionEvent(
                        type,
                        found.size() == 1,
                        type.getName()
                            + " carries "
                            + (found.isEmpty() ? "no tier" : "the tiers " + found)
                            + ": mark it @UnitTest, @NetworkTest or @UiTest"));
              }
            })
        .check(tests);
  }

  @Test
  void noTestMethodMovesToAnotherTier() {
    methods()
        .that(DescribedPredicate.describe("are tests", TestTiersTest::isTest))
        .should(
            new ArchCondition<>("carry no tier of their own") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                List<String> found = tiers(method.reflect());
                events.add(
                    new SimpleConditionEvent(
                        method,
                        found.isEmpty(),
                        method.getFullName() + " carries the tiers " + found));
              }
            })
        .check(tests);
  }

  @Test
  void unitTestsOpenNoSocketAndStartNoToolkit() {
    noClasses()
        .that()
        .areMetaAnnotatedWith(UnitTest.class)
        // This check names those classes; it uses none of them.
        .and()
        .doNotBelongToAnyOf(TestTiersTest.class)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.testfx..")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(
            Socket.class,
            ServerSocket.class,
            DatagramSocket.class,
            FreePorts.class,
            HostServer.class,
            PeerClient.class,
            CallService.class,
            HeadlessParticipant.class)
        .check(tests);
  }

  @Test
  void networkTestsStartNoToolkit() {
    noClasses()
        .that()
        .areMetaAnnotatedWith(NetworkTest.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.testfx..", "javafx.stage..", "javafx.scene..")
        .check(tests);
  }

  @Test
  void thisCheckSeesTheTestsOfEveryTier() {
    // Guards the checks above against an import that finds nothing to check.
    assertThat(tests.stream().filter(HOLD_TESTS).map(type -> tiers(type.reflect())))
        .contains(List.of(Tiers.UNIT), List.of(Tiers.NETWORK), List.of(Tiers.UI));
  }
}
