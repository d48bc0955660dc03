package dev.asciicall.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The window tier ({@code mvn verify -Ptier-ui}): TestFX on the headless Monocle toolkit, clicked
 * and typed like a user; some of these also call over loopback. The slowest tier.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Tiers.UI)
public @interface UiTest {}
