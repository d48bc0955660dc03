package dev.asciicall.cli;

/**
 * A failure whose message is written for the person at the terminal: it is printed as one line and
 * the process exits with {@link #exitCode()}, without a stack trace.
 */
public final class UserFacingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private UserFacingException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad input named on the command line (exit code 2). */
  public static UserFacingException badInput(String message) {
    return new UserFacingException(message, Cli.EXIT_USAGE, null);
  }

  /** The work failed (exit code 1). */
  public static UserFacingException failure(String message, Throwable cause) {
    return new UserFacingException(message, Cli.EXIT_FAILURE, cause);
  }

  public int exitCode() {
    return exitCode;
  }
}
