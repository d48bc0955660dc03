package dev.asciicall.net;

/**
 * Whether a call is encrypted. Calls always are; the only other value exists so {@code bench call}
 * can measure what encryption costs, and is named so nobody picks it by accident.
 */
public enum Encryption {
  /** Encrypted links, end-to-end media, identities and safety codes: every real call. */
  END_TO_END,
  /** Plain messages, no keys: for comparing CPU in the call benchmark only, never for calls. */
  NONE_FOR_BENCHMARK_ONLY
}
