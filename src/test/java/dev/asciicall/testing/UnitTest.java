package dev.asciicall.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The fast tier ({@code mvn verify -Ptier-unit}): plain Java in this JVM. No socket, no JavaFX
 * toolkit; real threads only where the class under test owns them. {@code TestTiersTest} checks
 * that every test class carries exactly one tier.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Tiers.UNIT)
public @interface UnitTest {}
