#!/usr/bin/env bash
# Renders every committed icon file from asciicall.svg. Run after editing the SVG, then commit.
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
svg="$here/asciicall.svg"

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$here/asciicall-$size.png"
done

cp "$here/asciicall-512.png" "$root/packaging/linux/asciicall.png"
icotool --create --output "$root/packaging/windows/asciicall.ico" \
  "$here"/asciicall-{16,24,32,48,64,128}.png --raw="$here/asciicall-256.png"
png2icns "$root/packaging/macos/asciicall.icns" \
  "$here"/asciicall-{16,32,48,128,256,512}.png >/dev/null

# Window icons for the stage (set by the UI): dev/asciicall/app/icon-<size>.png on the class path.
resources="$root/src/main/resources/dev/asciicall/app"
mkdir -p "$resources"
for size in 32 64 256; do
  cp "$here/asciicall-$size.png" "$resources/icon-$size.png"
done
echo "icons rendered from $svg"
