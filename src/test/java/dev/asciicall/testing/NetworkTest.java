package dev.asciicall.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The loopback tier ({@code mvn verify -Ptier-network}): real hosts, participants, proxies or
 * commands talking over 127.0.0.1 on free ports ({@link FreePorts}), each test bounded by {@code
 * assertTimeoutPreemptively}. No JavaFX toolkit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Tiers.NETWORK)
public @interface NetworkTest {}
