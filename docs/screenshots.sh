#!/usr/bin/env bash
# Screenshots of the window for the README, taken under Xvfb with the openbox window manager:
# the lobby and a three-person call (this window hosting, two `join --headless` participants),
# in the dark and light themes, at a narrow (960x640) and a wide (1920x1080) window.
#
#   docs/screenshots.sh [OUTPUT_DIR]     (default docs/screenshots)
#   THEMES=dark SIZES=narrow docs/screenshots.sh   (only some of them)
#   EXTRAS=/tmp/extra docs/screenshots.sh           (also the settings sheet and the invite)
#
# Needs: xvfb, openbox, xdotool, imagemagick (import), libgtk-3-0; `mvn package -DskipTests` first
# (target/asciicall.jar and target/lib/). Uses its own preferences and settings folders, so the
# user's are untouched. Files: {lobby,call}-{dark,light}-{narrow,wide}.png
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
jar=target/asciicall.jar
if [[ ! -f "$jar" ]]; then
  echo "screenshots: $jar is missing; run 'mvn -B -ntp package -DskipTests' first" >&2
  exit 1
fi
for tool in xvfb-run openbox xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing" >&2; exit 1; }
done
mkdir -p "$out"
[[ -n "${EXTRAS:-}" ]] && mkdir -p "$EXTRAS"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
classpath="$jar:target/lib/*"

inner="$work/inner.sh"
cat >"$inner" <<'INNER'
set -u
# $1 theme, $2 size name, $3 window width, $4 window height, $5 output dir
theme=$1; size=$2; width=$3; height=$4; out=$5
PROPS=(-Djava.util.prefs.userRoot="$WORK/prefs" -Dasciicall.prefs.node=asciicall-screenshots
  -Dasciicall.config.dir="$WORK/settings" -Dprism.order=sw)
openbox >/dev/null 2>&1 &
sleep 1
window_id() {
  for _ in $(seq 1 60); do
    id=$(xdotool search --name "$1" 2>/dev/null | head -1 || true)
    [[ -n "$id" ]] && { echo "$id"; return 0; }
    sleep 1
  done
  return 1
}
setup() {
  "$JAVA_BIN" -cp "$CLASSPATH" "${PROPS[@]}" docs/ScreenshotSetup.java "$theme" 20 20 "$width" "$height" Hana
}
# The lobby.
setup
"$JAVA_BIN" "${PROPS[@]}" -jar "$JAR" >"$WORK/lobby.log" 2>&1 &
app=$!
if id=$(window_id '^asciicall$'); then
  sleep 6
  import -window "$id" "$out/lobby-$theme-$size.png"
  if [[ -n "${EXTRAS:-}" ]]; then
    xdotool windowactivate --sync "$id" key ctrl+comma
    sleep 3
    import -window "$id" "$EXTRAS/settings-$theme-$size.png"
  fi
fi
kill $app 2>/dev/null; wait $app 2>/dev/null
# A three-person call: this window hosts, two headless participants join with the demo scene.
setup
port=$((40000 + RANDOM % 20000)); udp=$((port + 1))
"$JAVA_BIN" "${PROPS[@]}" -jar "$JAR" host --port $port --udp-port $udp --name Hana \
  --call-name Standup --source demo >"$WORK/host.log" 2>&1 &
app=$!
if id=$(window_id 'Standup'); then
  sleep 3
  if [[ -n "${EXTRAS:-}" ]]; then
    # The invite pop-over is a window of its own: take the screen where the window is.
    eval "$(xdotool getwindowgeometry --shell "$id")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" "$EXTRAS/invite-$theme-$size.png"
  fi
  joiners=()
  for who in Ada Bo; do
    "$JAVA_BIN" -Dasciicall.config.dir="$WORK/settings-$who" -jar "$JAR" join 127.0.0.1:$port \
      --udp-port $udp --name $who --source demo --fps 10 --headless --duration 60 \
      >"$WORK/$who.log" 2>&1 &
    joiners+=($!)
  done
  sleep 25
  # Hosting opened the invite by itself; a click on the pictures closes it. The join notices
  # fade within ten seconds.
  xdotool mousemove --window "$id" $((width / 3)) $((height / 3)) click 1
  sleep 15
  import -window "$id" "$out/call-$theme-$size.png"
  for who in Ada Bo; do
    grep -q "joined" "$WORK/$who.log" || { echo "screenshots: $who did not join:"; tail -3 "$WORK/$who.log"; }
  done
fi
kill $app 2>/dev/null; wait $app 2>/dev/null
for pid in "${joiners[@]:-}"; do
  [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }
done
exit 0
INNER

export JAVA_BIN="$java_bin" CLASSPATH="$classpath" JAR="$jar" WORK="$work"
for theme in ${THEMES:-dark light}; do
  for size in ${SIZES:-narrow wide}; do
    if [[ $size == narrow ]]; then geometry=1280x800; width=960; height=640
    else geometry=2000x1200; width=1920; height=1080; fi
    echo "screenshots: $theme, $size (${width}x$height)"
    xvfb-run -a -s "-screen 0 ${geometry}x24" bash "$inner" "$theme" "$size" "$width" "$height" \
      "$out"
  done
done
ls -l "$out"
