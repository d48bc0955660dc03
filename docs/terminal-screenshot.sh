#!/usr/bin/env bash
# Makes docs/terminal-call.png, the README's picture of a call in a terminal: a headless relay, a
# headless participant (Gus, the demo scene) and `asciicall join --terminal` (Ann) in a 120x40 tmux
# pane with 256 colours; Ann sends in colour, shows the safety codes and says hello. The pane is
# captured with its colours (tmux capture-pane -e -p) and drawn in DejaVu Sans Mono by
# dev.asciicall.testing.AnsiScreenshot. Needs tmux and `mvn package` (jar and test classes).
# Usage: docs/terminal-screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/terminal-call.png}"
jar=target/asciicall.jar
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="$(mktemp -d)"
socket="asciicall-shot-$$"
pids=()
cleanup() {
  tmux -L "$socket" kill-server >/dev/null 2>&1 || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port="$(free_port)"
udp="$(free_port)"

"$java_bin" -jar "$jar" host --headless --port "$port" --udp-port "$udp" --call-name standup \
  --duration 300 >"$work/host.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do grep -q '^hosting' "$work/host.log" && break; sleep 0.5; done
"$java_bin" -jar "$jar" join "127.0.0.1:$port" --udp-port "$udp" --headless --name Gus \
  --source demo --columns 80 --duration 280 >"$work/gus.log" 2>&1 &
pids+=($!)

tmux -L "$socket" new-session -d -x 120 -y 40 \
  "TERM=screen-256color '$java_bin' -jar '$jar' join 127.0.0.1:$port --udp-port $udp --terminal \
   --name Ann --source demo; sleep 60"
wait_for() {
  for _ in $(seq 1 240); do
    tmux -L "$socket" capture-pane -p | grep -qF -- "$1" && return 0
    sleep 0.5
  done
  echo "terminal-screenshot: '$1' did not show" >&2
  tmux -L "$socket" capture-pane -p >&2
  exit 1
}
wait_for '2 people'
keys() { tmux -L "$socket" send-keys "$@"; sleep 1; }
keys c
keys s
keys t
tmux -L "$socket" send-keys -l 'hi Gus, this is the terminal'
keys Enter
sleep 6 # the notices fade, the frames settle
tmux -L "$socket" capture-pane -e -p >"$work/pane.ansi"
tmux -L "$socket" send-keys q
"$java_bin" -cp target/test-classes:target/classes dev.asciicall.testing.AnsiScreenshot \
  "$work/pane.ansi" "$out" 120 40
echo "terminal-screenshot: wrote $out"
