#!/bin/sh
# Adds the relay's systemd unit and settings file to the .deb that jpackage built (jpackage puts
# everything under /opt and cannot add files elsewhere). Run by `mvn -Pdist package
# -Djpackage.type=deb` for each .deb in target/dist; needs dpkg-deb.
#   /lib/systemd/system/asciicall-relay.service   installed disabled
#   /etc/asciicall/relay.conf                      a conffile: an admin's edits survive upgrades
set -eu

deb="$1"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dpkg-deb -R "$deb" "$work/root"
install -D -m 644 "$here/asciicall-relay.service" \
  "$work/root/lib/systemd/system/asciicall-relay.service"
install -D -m 644 "$here/relay.conf" "$work/root/etc/asciicall/relay.conf"
echo /etc/asciicall/relay.conf >>"$work/root/DEBIAN/conffiles"
if [ -f "$work/root/DEBIAN/md5sums" ]; then
  (cd "$work/root" && md5sum lib/systemd/system/asciicall-relay.service etc/asciicall/relay.conf) \
    >>"$work/root/DEBIAN/md5sums"
fi
size="$(du -sk --exclude=DEBIAN "$work/root" | cut -f1)"
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$work/root/DEBIAN/control"
dpkg-deb --root-owner-group --build "$work/root" "$deb" >/dev/null
echo "deb-add-relay: added asciicall-relay.service and relay.conf to $(basename "$deb")"
