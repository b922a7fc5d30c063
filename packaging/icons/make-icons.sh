#!/usr/bin/env bash
# Regenerates every icon format from tidybar.svg (the one source image):
#   tidybar.png  256 px, the Linux icon (jpackage --icon, the .desktop entry)
#   tidybar.ico  16–256 px, Windows
#   tidybar.icns 16–512 px, macOS
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" tidybar.svg --output "$work/$size.png"
done

cp "$work/256.png" tidybar.png
convert "$work/16.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" "$work/256.png" tidybar.ico
png2icns tidybar.icns "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" "$work/512.png" >/dev/null

ls -l tidybar.png tidybar.ico tidybar.icns
