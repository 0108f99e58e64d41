#!/usr/bin/env bash
# Renders every icon the three systems and the window need from the one drawing, closeout.svg.
# rsvg-convert (librsvg) draws each PNG size straight from the SVG, so small sizes are rendered,
# not shrunk; ImageMagick packs the Windows .ico and png2icns (icnsutils) the macOS .icns.
# Usage: icons/generate.sh   (as root it installs the missing tools with apt-get)
set -euo pipefail
cd "$(dirname "$0")"

need() { # command, Debian package
  # `convert` must be ImageMagick's own, not a look-alike earlier on PATH.
  if [ "$1" = convert ] && [ -x /usr/bin/convert ]; then return; fi
  if [ "$1" != convert ] && command -v "$1" >/dev/null; then return; fi
  if [ "$(id -u)" -ne 0 ]; then echo "generate.sh: $1 missing (apt-get install $2)" >&2; exit 2; fi
  apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
}
need rsvg-convert librsvg2-bin
need convert imagemagick
need png2icns icnsutils
convert=$( [ -x /usr/bin/convert ] && echo /usr/bin/convert || echo convert )

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" closeout.svg --output "closeout-$size.png"
done
# Windows shows 16–48 in lists and the taskbar, 256 in large views.
"$convert" closeout-16.png closeout-24.png closeout-32.png closeout-48.png closeout-64.png closeout-256.png closeout.ico
# The sizes the .icns format holds as PNG.
png2icns closeout.icns closeout-16.png closeout-32.png closeout-48.png closeout-128.png closeout-256.png closeout-512.png >/dev/null

# The window's own icons (CloseoutApp puts them on the stage); the taskbar and Alt-Tab pick the size they need.
window=../src/main/resources/dev/closeout/ui/icons
mkdir -p "$window"
for size in 16 32 48 64 128 256; do cp "closeout-$size.png" "$window/"; done
ls -l closeout*.png closeout.ico closeout.icns | awk '{print $5, $NF}'
