package dev.asciicall.cli;

/**
 * Opens the desktop window. The command line sits below the window in the package graph, so the app
 * hands it this callback instead of the command line knowing about JavaFX.
 */
@FunctionalInterface
public interface GuiLauncher {

  /**
   * Opens the window and blocks until it is closed.
   *
   * @param action what the window does once shown, e.g. join a host
   */
  void launch(StartupAction action);
}
