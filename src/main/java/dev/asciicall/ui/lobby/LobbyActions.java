package dev.asciicall.ui.lobby;

import dev.asciicall.call.JoinRequest;

/**
 * What the lobby's buttons start: the app's Call menu in the window, a recording fake in tests. FX
 * thread; each returns at once (the call reports how it went).
 */
public interface LobbyActions {

  /** Hosts a call at once with the settings used last and no passphrase. */
  void host(String name);

  /** Opens the Host dialog (passphrase, ports, call name). */
  void hostWithOptions(String name);

  /** Joins the call given by address or invite. */
  void join(JoinRequest request);

  /** Opens the Join dialog, which lists recent hosts and calls found on the network. */
  void findNearby();
}
