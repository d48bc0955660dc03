#!/usr/bin/env bash
# Debian package check (issue 15): builds the .deb with jpackage and looks inside it without
# installing it: the asciicall: URL scheme in the desktop entry, the relay's systemd unit (valid,
# shipped but not enabled), /etc/asciicall/relay.conf as a conffile, the maintainer scripts.
# Prints one PASS/FAIL line per check and exits non-zero if any failed. Run as root on Debian,
# from anywhere; needs no display. The jpackage build takes a few minutes. As root it also
# installs the package, starts the relay the way its unit does, and purges the package again.
set -uo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
need=()
command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
if [ "${#need[@]}" -gt 0 ]; then
  echo "deb-smoke: installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# DEB_SMOKE_BUILD=no checks the .deb already in target/dist instead of building it again.
if [ "${DEB_SMOKE_BUILD:-yes}" = yes ] && ! mvn -B -ntp -q -Pdist -DskipTests -Djpackage.type=deb package; then
  fail "mvn -Pdist package -Djpackage.type=deb failed"
  exit 1
fi
deb="$(ls target/dist/*.deb 2>/dev/null | head -1)"
if [ -z "$deb" ]; then
  fail "no .deb in target/dist"
  exit 1
fi
pass "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/fs"
dpkg-deb -e "$deb" "$root/control"
listing="$(dpkg-deb -c "$deb")"

for path in ./lib/systemd/system/asciicall-relay.service ./etc/asciicall/relay.conf \
  ./opt/asciicall/bin/asciicall; do
  if grep -q " $path\$" <<<"$listing"; then pass "the package holds $path"; else fail "no $path"; fi
done

if grep -qx /etc/asciicall/relay.conf "$root/control/conffiles" 2>/dev/null; then
  pass "relay.conf is a conffile (an admin's edits survive upgrades)"
else
  fail "relay.conf is not listed in DEBIAN/conffiles"
fi

desktop="$(ls "$root"/fs/opt/asciicall/lib/*.desktop 2>/dev/null | head -1)"
if [ -n "$desktop" ] && grep -qx 'MimeType=x-scheme-handler/asciicall;' "$desktop" \
  && grep -qE '^Exec=.*/asciicall %u$' "$desktop"; then
  pass "desktop entry registers asciicall:// links: $(grep -E '^(Exec|MimeType)=' "$desktop" | tr '\n' ' ')"
else
  fail "desktop entry $desktop lacks the x-scheme-handler/asciicall MimeType or Exec ... %u"
fi
if [ -n "$desktop" ] && out="$(desktop-file-validate "$desktop" 2>&1)" && ! grep -q error <<<"$out"; then
  pass "desktop-file-validate accepts the desktop entry"
else
  fail "desktop-file-validate: $out"
fi

# systemd-analyze checks that ExecStart= is executable, so point the copy at the unpacked one.
unit="$root/asciicall-relay.service"
sed "s#/opt/asciicall/#$root/fs/opt/asciicall/#g" "$root/fs/lib/systemd/system/asciicall-relay.service" >"$unit"
if out="$(systemd-analyze verify --man=no "$unit" 2>&1)"; then
  pass "systemd-analyze verify accepts asciicall-relay.service"
else
  fail "systemd-analyze verify: $out"
fi
if grep -q 'systemctl.*enable\|systemctl start' "$root"/control/postinst; then
  fail "postinst enables or starts the relay (it must be installed disabled)"
else
  pass "postinst leaves the relay disabled"
fi
if grep -q 'asciicall-relay.service' "$root/control/prerm" && grep -q purge "$root/control/postrm"; then
  pass "prerm stops a running relay, postrm purges its state"
else
  fail "prerm/postrm do not handle the relay"
fi

# Install it, run the relay the way the unit does (settings from relay.conf, the lone line break
# systemd's SetCredential= gives when no passphrase file exists), then purge it. Root only.
if [ "$(id -u)" = 0 ] && [ "${DEB_SMOKE_INSTALL:-yes}" = yes ]; then
  if apt-get install -y -qq "./$deb" >/dev/null 2>&1; then
    pass "apt-get install ./$(basename "$deb")"
    state="$(systemctl --root=/ is-enabled asciicall-relay.service 2>&1)"
    if [ "$state" = disabled ]; then pass "asciicall-relay.service is installed disabled"; else
      fail "asciicall-relay.service is '$state', expected disabled"; fi
    credential="$root/credential"
    printf '\n' >"$credential"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    udp="$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    # KEY=value lines as systemd's EnvironmentFile= reads them (values may hold spaces).
    out="$(while IFS= read -r line; do
        case "$line" in '' | '#'*) ;; *) export "$line" ;; esac
      done </etc/asciicall/relay.conf
      ASCIICALL_PORT="$port" ASCIICALL_UDP_PORT="$udp" ASCIICALL_PASSPHRASE_FILE="$credential" \
        XDG_CONFIG_HOME="$root/state" timeout 60 /opt/asciicall/bin/asciicall host --headless --duration 2 2>&1)"
    if grep -q "hosting 'asciicall relay' on TCP $port, UDP $udp, encrypted, no passphrase" <<<"$out"; then
      pass "the installed relay starts from relay.conf: $(grep hosting <<<"$out")"
    else
      fail "the installed relay printed: $out"
    fi
    if apt-get purge -y -qq asciicall >/dev/null 2>&1 && [ ! -e /etc/asciicall ] \
      && [ ! -e /lib/systemd/system/asciicall-relay.service ]; then
      pass "apt-get purge removes the unit and /etc/asciicall"
    else
      fail "after apt-get purge: $(ls -d /etc/asciicall /lib/systemd/system/asciicall-relay.service 2>&1)"
    fi
  else
    fail "apt-get install ./$(basename "$deb") failed"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "deb-smoke: $failures check(s) failed"
  exit 1
fi
echo "deb-smoke: all checks passed"
