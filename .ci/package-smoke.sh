#!/usr/bin/env bash
# Packaging smoke test (issue 8): builds the Linux app image with jpackage and runs its launcher the
# way a user would: --version, --help, a headless relay, and the GUI under Xvfb.
# Prints one PASS/FAIL line per check and exits non-zero if any check failed. Run as root on Debian,
# from anywhere; needs no display. Takes about 1-2 minutes.
set -uo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
command -v xwininfo >/dev/null 2>&1 || need+=(x11-utils)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
dpkg -s libpulse0 >/dev/null 2>&1 || need+=(libpulse0)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
if [ "${#need[@]}" -gt 0 ]; then
  echo "package-smoke: installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

launcher=target/dist/asciicall/bin/asciicall
if mvn -B -ntp -q -Pdist -DskipTests package && [ -x "$launcher" ]; then
  pass "app image built: $(du -sh target/dist/asciicall | cut -f1) in target/dist/asciicall"
else
  fail "mvn -Pdist package did not produce $launcher"
  exit 1
fi

out="$(timeout 60 "$launcher" --version 2>&1)"
if [ $? -eq 0 ] && grep -q '^asciicall [0-9]' <<<"$out"; then
  pass "--version: $(head -1 <<<"$out")"
else
  fail "--version printed: $out"
fi

out="$(timeout 60 "$launcher" --help 2>&1)"
if [ $? -eq 0 ] && grep -q 'Usage: asciicall' <<<"$out"; then
  pass "--help shows the usage"
else
  fail "--help printed: $out"
fi

# Bad usage must give a short message and exit code 2, not a stack trace (the launcher passes exit
# codes through).
out="$(timeout 60 "$launcher" no-such-command 2>&1)"
code=$?
if [ $code -eq 2 ] && ! grep -q 'Exception' <<<"$out"; then
  pass "unknown subcommand exits 2 with a message"
else
  fail "unknown subcommand: exit $code, output: $out"
fi

# The capture stack in the trimmed runtime: webcam-capture/BridJ probing for cameras (none here)
# and the demo source. Only when this build has these commands.
if timeout 60 "$launcher" --help 2>&1 | grep -qE '^\s+sources\b'; then
  out="$(timeout 60 "$launcher" sources 2>&1)"
  code=$?
  if [ $code -eq 0 ] && grep -q 'demo' <<<"$out" && ! grep -q 'Exception' <<<"$out"; then
    pass "sources lists the demo source"
  else
    fail "sources: exit $code, output: $out"
  fi
fi
if timeout 60 "$launcher" --help 2>&1 | grep -qE '^\s+capture\b'; then
  out="$(timeout 60 "$launcher" capture --source demo --seconds 1 2>&1)"
  code=$?
  if [ $code -eq 0 ] && ! grep -q 'Exception' <<<"$out"; then
    pass "capture from the demo source: $(tail -1 <<<"$out")"
  else
    fail "capture --source demo: exit $code, output: $out"
  fi
fi

# The packaged runtime has the Vector API linked in and switched on: the ASCII engine's SIMD path.
out="$(timeout 120 "$launcher" bench convert --synthetic --warmup 200 --frames 200 2>&1)"
code=$?
if [ $code -eq 0 ] && grep -q '"simd":"vector-' <<<"$out"; then
  pass "conversion uses SIMD: $(grep -o '"simd":"[^"]*"' <<<"$out")"
else
  fail "bench convert in the app image: exit $code, output: $out"
fi

# Voice processing (issue 21): the app image carries this OS's webrtc-java native jar, and WebRTC's
# audio processing loads from it in the trimmed runtime (Linux needs libpulse0, as the .deb says).
native_jar="$(find target/dist/asciicall -name 'webrtc-java-*-linux-*.jar' | head -1)"
if [ -n "$native_jar" ]; then
  pass "native WebRTC library in the image: $(basename "$native_jar") ($(du -h "$native_jar" | cut -f1))"
else
  fail "no webrtc-java native jar in target/dist/asciicall"
fi
if timeout 60 "$launcher" bench --help 2>&1 | grep -qE '^\s+voice\b'; then
  out="$(timeout 180 "$launcher" bench voice --speech src/test/resources/speech --delays 80 --rounds 1 2>&1)"
  code=$?
  if [ $code -eq 0 ] && grep -q '"processor":"webrtc-apm"' <<<"$out"; then
    pass "voice processing runs in the image: $(grep -o '"erle_db":[0-9.]*' <<<"$out" | head -1)"
  else
    fail "bench voice in the app image: exit $code, output: $out"
  fi
fi

# The terminal front end (issue 17) in the app image: JLine's JNI terminal (its native library is
# unpacked from jline-native's jar in lib/app) must load in the jlink runtime, else JLine would fall
# back to running stty. Run the preview in a tmux pane, look for its status line, quit with q.
if command -v tmux >/dev/null 2>&1 && timeout 60 "$launcher" --help 2>&1 | grep -qE '^\s+preview\b'; then
  socket="asciicall-package-$$"
  log="$(mktemp)"
  tmux -L "$socket" new-session -d -x 100 -y 30 \
    "JAVA_TOOL_OPTIONS=-Dorg.slf4j.simpleLogger.log.dev.asciicall.terminal.TerminalSession=debug \
     TERM=screen-256color '$launcher' preview --source demo 2>'$log'; sleep 30"
  shown=1
  for _ in $(seq 1 240); do
    if tmux -L "$socket" capture-pane -p | grep -q '^ preview · Demo scene'; then shown=0; break; fi
    sleep 0.25
  done
  tmux -L "$socket" send-keys q
  for _ in $(seq 1 80); do
    grep -q 'provider' "$log" 2>/dev/null && break
    sleep 0.25
  done
  provider="$(grep -o "JLine's [a-z]* provider" "$log" | head -1)"
  tmux -L "$socket" kill-server >/dev/null 2>&1
  if [ $shown -eq 0 ] && [ "$provider" = "JLine's jni provider" ]; then
    pass "preview runs in the image's terminal through $provider"
  else
    fail "preview in the app image: status line shown: $([ $shown -eq 0 ] && echo yes || echo no), $provider; log:"
    cat "$log"
  fi
  rm -f "$log"
else
  echo "SKIP: no tmux or no 'preview' subcommand: the terminal front end is not checked"
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
    2>/dev/null || echo $((20000 + RANDOM % 20000))
}

if timeout 60 "$launcher" --help 2>&1 | grep -qE '^\s+host\b'; then
  port="$(free_port)"
  udp=()
  if timeout 60 "$launcher" host --help 2>&1 | grep -q -- '--udp-port'; then
    udp=(--udp-port "$(free_port)")
  fi
  out="$(timeout 60 "$launcher" host --headless --port "$port" "${udp[@]}" --duration 3 2>&1)"
  code=$?
  if [ $code -eq 0 ]; then
    pass "headless host on port $port started and stopped after 3 s"
  else
    fail "headless host: exit $code, output: $out"
  fi
else
  echo "SKIP: no 'host' subcommand in this build yet"
fi

# The GUI: start the packaged launcher with no arguments under Xvfb and look for its window (the
# 10x10 GTK leader window also carries the name, so ask for a real size).
gui_check() {
  "$launcher" >/tmp/asciicall-gui.log 2>&1 &
  local pid=$! found=1
  for _ in $(seq 1 60); do
    if xwininfo -root -tree | grep -i '"[^"]*asciicall[^"]*":' | grep -vq ' 10x10+'; then
      found=0
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  xwininfo -root -tree | grep -i 'asciicall' | grep -v ' 10x10+' | head -1
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return $found
}
# xvfb-run is a /bin/sh script, which drops exported bash functions, so pass the function's text.
if window="$(timeout 90 xvfb-run -a -s '-screen 0 1280x800x24' \
  bash -c "launcher='$launcher'; $(declare -f gui_check); gui_check")"; then
  pass "GUI window appeared under Xvfb:$window"
else
  fail "no asciicall window under Xvfb; launcher output:"
  cat /tmp/asciicall-gui.log
fi

if [ "$failures" -gt 0 ]; then
  echo "package-smoke: $failures check(s) failed"
  exit 1
fi
echo "package-smoke: all checks passed"
