#!/usr/bin/env bash
# The terminal front end in a real terminal (issue 17): runs `asciicall preview --source demo` in a
# 120x40 tmux pane, checks that glyphs fill the pane and the status line shows, that `q` ends it
# with the terminal given back (normal screen, cursor shown, the shell prompt, exit 0), and the same
# for Ctrl+C. Optionally saves the pane with its colours: .ci/terminal-smoke.sh [capture.ansi]
# Needs tmux; expects `mvn package` to have run (target/asciicall.jar and target/lib/).
# Every wait is bounded; prints one PASS/FAIL line per check.
set -uo pipefail
cd "$(dirname "$0")/.."
capture_file="${1:-}"
jar=target/asciicall.jar
if [[ ! -f "$jar" ]]; then
  echo "terminal-smoke: $jar is missing; run 'mvn -B -ntp package -DskipTests' first" >&2
  exit 1
fi
if ! command -v tmux >/dev/null 2>&1; then
  echo "terminal-smoke: tmux is missing (apt-get install tmux)" >&2
  exit 1
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
socket="asciicall-smoke-$$"
session=smoke
columns=120
rows=40
failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
t() { tmux -L "$socket" "$@"; }
cleanup() { t kill-server >/dev/null 2>&1 || true; }
trap cleanup EXIT

pane() { t capture-pane -p -t "$session"; }
# Waits up to $1 seconds for the pane to contain the fixed string $2.
wait_for() {
  local seconds=$1 text=$2
  for _ in $(seq 1 $((seconds * 4))); do
    if pane | grep -qF -- "$text"; then return 0; fi
    sleep 0.25
  done
  return 1
}

# A plain shell with a known prompt, so the prompt coming back is recognisable.
t new-session -d -s "$session" -x "$columns" -y "$rows" "env -i PATH='$PATH' HOME='$HOME' \
  TERM=screen-256color LANG=C.UTF-8 PS1='smoke\$ ' bash --norc --noprofile -i"
if ! wait_for 10 'smoke$'; then
  fail "the shell in tmux did not start"
  exit 1
fi

# Starts the preview and waits until its status line shows.
start_preview() {
  t send-keys -t "$session" "clear; '$java_bin' -jar '$jar' preview --source demo; echo EXIT=\$?" Enter
  wait_for 90 ' preview · Demo scene'
}

# Whether the terminal is given back: normal screen, cursor shown, the exit line and a prompt.
restored() {
  local what=$1
  if ! wait_for 30 'EXIT='; then
    fail "$what: the preview did not end within 30 s; pane:"
    pane
    return
  fi
  local alternate cursor
  alternate="$(t display-message -p -t "$session" '#{alternate_on}')"
  cursor="$(t display-message -p -t "$session" '#{cursor_flag}')"
  if [[ "$alternate" == 0 && "$cursor" == 1 ]] && pane | grep -q '^EXIT=0$' \
    && pane | tail -n +2 | grep -q 'smoke\$'; then
    pass "$what ends the preview with the terminal restored (normal screen, cursor, prompt, exit 0)"
  else
    fail "$what: alternate screen $alternate, cursor $cursor; pane:"
    pane
  fi
}

if start_preview; then
  sleep 3 # a few frames
  screen="$(pane)"
  if [[ -n "$capture_file" ]]; then
    t capture-pane -e -p -t "$session" >"$capture_file"
  fi
  # Glyphs fill the pane. A dark part of the picture is drawn with blanks, so ask for a picture's
  # worth, not every cell: a quarter of the cells, half the rows, a spread of glyphs.
  picture="$(head -n $((rows - 2)) <<<"$screen")"
  rows_with_glyphs="$(awk '{ gsub(/ /, ""); if (length($0) >= 10) n++ } END { print n + 0 }' <<<"$picture")"
  cells="$(tr -d ' \n' <<<"$picture" | wc -m)"
  glyphs="$(tr -d ' \n' <<<"$picture" | grep -o . | sort -u | wc -l)"
  if [[ "$cells" -ge $((columns * rows / 4)) && "$rows_with_glyphs" -ge $((rows / 2)) \
    && "$glyphs" -ge 8 ]]; then
    pass "glyphs fill the pane: $cells non-blank cells, $rows_with_glyphs rows, $glyphs glyphs"
  else
    fail "the pane is not filled: $cells non-blank cells, $rows_with_glyphs rows, $glyphs glyphs:"
    echo "$screen"
  fi
  if grep -q '^ preview · Demo scene · [0-9]* fps' <<<"$screen"; then
    pass "status line: $(grep '^ preview' <<<"$screen" | sed 's/  *? help *$//')"
  else
    fail "no status line in the pane"
  fi
  t send-keys -t "$session" q
  restored "q"
else
  fail "the preview did not show its status line within 90 s; pane:"
  pane
fi

if start_preview; then
  t send-keys -t "$session" C-c
  restored "Ctrl+C"
else
  fail "the preview did not start a second time; pane:"
  pane
fi

if [[ "$failures" -gt 0 ]]; then
  echo "terminal-smoke: $failures check(s) failed"
  exit 1
fi
echo "terminal-smoke: all checks passed"
