package dev.asciicall.cli;

import java.util.List;

/**
 * Opens the desktop window. The command line lives below the UI in the package graph, so the app
 * hands it this callback instead of the command line knowing about JavaFX.
 */
@FunctionalInterface
public interface GuiLauncher {

  /**
   * Opens the window and blocks until it is closed.
   *
   * @param startupActions what the window should do once shown, e.g. {@code join host:port}
   */
  void launch(List<String> startupActions);
}
