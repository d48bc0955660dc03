package dev.asciicall.net;

import dev.asciicall.crypto.CryptoException;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.IdentityStore;
import dev.asciicall.crypto.KnownPeers;
import dev.asciicall.crypto.SettingsDirectory;
import java.security.SecureRandom;

/** This installation's identity key and known peers, from the user's settings directory. */
record Installation(IdentityKeyPair identity, KnownPeers knownPeers) {

  static Installation load() throws NetException {
    try {
      IdentityKeyPair identity =
          IdentityStore.inSettingsDirectory().loadOrCreate(new SecureRandom());
      return new Installation(identity, new KnownPeers(SettingsDirectory.resolve()));
    } catch (CryptoException e) {
      throw new NetException(NetFailure.IDENTITY_UNAVAILABLE, e.getMessage());
    }
  }
}
