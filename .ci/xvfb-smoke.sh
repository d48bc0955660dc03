#!/usr/bin/env bash
# Starts the real window under Xvfb for a few seconds and checks that a window titled "asciicall"
# appeared. Optionally saves a screenshot: .ci/xvfb-smoke.sh [screenshot.png]
# Needs: xvfb, xauth, libgtk-3-0, x11-utils (xwininfo); imagemagick (import) for the screenshot.
# Expects `mvn package` to have run (target/asciicall.jar and target/lib/).
set -euo pipefail
cd "$(dirname "$0")/.."
screenshot="${1:-}"
jar=target/asciicall.jar
if [[ ! -f "$jar" ]]; then
  echo "xvfb-smoke: $jar is missing; run 'mvn -B -ntp package -DskipTests' first" >&2
  exit 1
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<INNER
set -u
"$java_bin" -Dprism.order=sw -jar "$jar" >target/xvfb-smoke.log 2>&1 &
app=\$!
found=1
for _ in \$(seq 1 60); do
  sleep 1
  if xwininfo -root -tree | grep -q '"asciicall"'; then found=0; break; fi
  if ! kill -0 \$app 2>/dev/null; then break; fi
done
if [[ \$found -eq 0 ]]; then
  sleep 4  # let a few frames draw
  if [[ -n "$screenshot" ]]; then import -window root "$screenshot"; fi
fi
kill \$app 2>/dev/null || true
wait \$app 2>/dev/null || true
exit \$found
INNER
# xvfb-run -a can race another xvfb-run for the same display number ("cannot open display"):
# one retry covers that without hiding a window that really never appears.
for attempt in 1 2; do
  if xvfb-run -a -s "-screen 0 1280x800x24" bash "$inner"; then
    echo "xvfb-smoke: the asciicall window appeared"
    exit 0
  fi
  sleep 2
done
echo "xvfb-smoke: no asciicall window appeared; see target/xvfb-smoke.log" >&2
exit 1
