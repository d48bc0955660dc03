#!/usr/bin/env bash
# Measures the CPU and memory of the asciicall window under Xvfb (with openbox when installed).
#
#   docs/measure-idle.sh                  # idle: the demo scene, no call
#   docs/measure-idle.sh call             # hosting a 4-person call: the window + 3 `join --headless`
#   docs/measure-idle.sh idle --seconds 60 --warmup 20
#
# Prints one JSON line per run: the window process's CPU as a share of one core over the measured
# seconds (utime + stime from /proc/PID/stat), its resident memory (VmRSS from /proc/PID/status,
# sampled every second: median and largest), and the load average while it ran. Only the window is
# measured; in `call` the headless participants run beside it and their CPU is not counted.
#
# Environment:
#   JAVA_OPTIONS  JVM options of the window (default: the launchers' options, read from pom.xml
#                 between the markers "window-jvm-options"; set it to "" to measure the JVM's defaults)
#   JAR           the jar to run (default target/asciicall.jar; needs `mvn package` first)
# Needs: xvfb (xvfb-run), procps; openbox optional. Uses a settings node of its own
# (asciicall-measure), so your remembered window, theme and camera are neither used nor changed.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=idle
seconds=30
warmup=15
peers=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    idle | call) mode="$1" ;;
    --seconds) seconds="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --peers) peers="$2"; shift ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "measure-idle: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

jar="${JAR:-target/asciicall.jar}"
if [[ ! -f "$jar" ]]; then
  echo "measure-idle: $jar is missing; run 'mvn -B -ntp package -DskipTests' first" >&2
  exit 1
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ -z "${JAVA_OPTIONS+set}" ]]; then
  # The window's JVM options exactly as the launchers use them (pom.xml, javafx:run <options>).
  JAVA_OPTIONS=$(sed -n '/window-jvm-options start/,/window-jvm-options end/p' pom.xml \
    | sed -n 's:.*<option>\(.*\)</option>.*:\1:p' | tr '\n' ' ')
fi

# Inside Xvfb from here on.
if [[ -z "${MEASURE_INSIDE_XVFB:-}" ]]; then
  export MEASURE_INSIDE_XVFB=1 JAVA_OPTIONS JAR="$jar"
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$mode" --seconds "$seconds" \
    --warmup "$warmup" --peers "$peers"
fi

if command -v openbox >/dev/null; then
  openbox >/dev/null 2>&1 &
  wm=$!
fi
log=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -n "${wm:-}" ]] && kill "$wm" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$log"
}
trap cleanup EXIT

common=(-Dasciicall.prefs.node=asciicall-measure -Dasciicall.default.source=demo)
port=$(( 20000 + RANDOM % 20000 ))
udp=$(( port + 1 ))
# shellcheck disable=SC2086 # JAVA_OPTIONS is a list of options
if [[ "$mode" == idle ]]; then
  "$java_bin" $JAVA_OPTIONS "${common[@]}" -jar "$jar" >"$log/window.log" 2>&1 &
else
  "$java_bin" $JAVA_OPTIONS "${common[@]}" -jar "$jar" host --port "$port" --udp-port "$udp" \
    --call-name Measure --name Window >"$log/window.log" 2>&1 &
fi
window=$!
pids+=("$window")

if [[ "$mode" == call ]]; then
  sleep 8 # the window is hosting by then
  for i in $(seq 1 "$peers"); do
    "$java_bin" -Xmx128m -jar "$jar" join "127.0.0.1:$port" --udp-port "$udp" --headless \
      --name "Peer$i" --audio-source tone --duration $(( warmup + seconds + 30 )) \
      >"$log/peer$i.log" 2>&1 &
    pids+=("$!")
  done
fi

sleep "$warmup"
if ! kill -0 "$window" 2>/dev/null; then
  echo "measure-idle: the window exited; its log:" >&2
  cat "$log/window.log" >&2
  exit 1
fi
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$window/stat"; }
start_ticks=$(cpu_ticks)
start_time=$(date +%s.%N)
rss=()
for _ in $(seq 1 "$seconds"); do
  sleep 1
  rss+=("$(awk '/^VmRSS:/ {print $2}' "/proc/$window/status")")
done
end_ticks=$(cpu_ticks)
end_time=$(date +%s.%N)
load=$(cut -d' ' -f1-3 /proc/loadavg)
sorted=$(printf '%s\n' "${rss[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
largest=$(echo "$sorted" | tail -1)
awk -v mode="$mode" -v t0="$start_ticks" -v t1="$end_ticks" -v s0="$start_time" -v s1="$end_time" \
  -v hz="$ticks" -v med="$median" -v max="$largest" -v load="$load" -v opts="$JAVA_OPTIONS" \
  -v peers="$([[ $mode == call ]] && echo "$peers" || echo 0)" 'BEGIN {
    printf "{\"mode\":\"%s\",\"peers\":%d,\"seconds\":%.1f,\"cpu_percent_of_core\":%.1f,", mode, peers, s1 - s0, 100 * (t1 - t0) / hz / (s1 - s0)
    printf "\"rss_mb_median\":%.0f,\"rss_mb_max\":%.0f,\"load\":\"%s\",\"java_options\":\"%s\"}\n", med / 1024, max / 1024, load, opts
  }'
