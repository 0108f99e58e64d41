#!/usr/bin/env bash
# Proof that the .deb works: builds it (or takes the one given), installs it with dpkg, runs the installed
# launcher as a person would (--version, `check` on a shared example, the window under Xvfb), prints the
# sizes, and removes the package again. Run as root on Debian. Usage: packaging/verify-deb.sh [closeout_*.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
deb=${1:-}
if [ -z "$deb" ]; then
  mvn -B -q -Pinstaller -DskipTests package
  deb=$(ls target/installer/closeout_*.deb)
fi
command -v xvfb-run >/dev/null || apt-get install -y -qq xvfb >/dev/null

# Removed however the checks end; dpkg's warning that /opt is not empty says nothing.
trap 'dpkg --purge closeout >/dev/null 2>&1; dpkg -s closeout >/dev/null 2>&1 && echo "verify-deb: closeout NOT removed" || echo "verify-deb: closeout removed"' EXIT
# dpkg does not fetch the libraries the package depends on (GTK, X11); when some are missing,
# apt-get -f install fetches them and finishes the installation.
log=$(mktemp)
installing=$SECONDS
if ! dpkg -i "$deb" >"$log" 2>&1; then
  { apt-get update -qq && apt-get -f install -y -qq; } >>"$log" 2>&1 || { cat "$log"; exit 1; }
fi
echo "verify-deb: installed in $((SECONDS - installing)) s (postinst makes the class-data archive)"
launcher=/opt/closeout/bin/Closeout
[ -f /usr/share/applications/closeout-Closeout.desktop ] || { echo "verify-deb: no desktop entry installed"; exit 1; }

echo "verify-deb: $("$launcher" --version | head -1)"
# -Xshare:on makes the JVM refuse to start when the class-data archive postinst made is missing or unusable.
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 || { echo "verify-deb: class-data archive unusable"; exit 1; }

set +e
"$launcher" check ../shared/spec/examples/typical.json >/tmp/closeout-check.txt
status=$?
set -e
if [ "$status" -ne 1 ] || ! grep -q "Every wallet at zero" /tmp/closeout-check.txt; then
  echo "verify-deb: check of typical.json: exit $status, expected 1 and the report"; cat /tmp/closeout-check.txt; exit 1
fi
echo "verify-deb: check typical.json exits 1 with the report ($(grep -c '✗' /tmp/closeout-check.txt) conditions blocked)"

# A fresh home too: JavaFX must find its native libraries in the runtime, not unpack them into ~/.openjfx.
home=$(mktemp -d)
probe=$(HOME=$home xvfb-run -a "$launcher" --data-dir="$home/data" --probe-startup)
if [ -e "$home/.openjfx" ]; then echo "verify-deb: JavaFX unpacked its libraries into ~/.openjfx"; exit 1; fi
rm -rf "$home"
echo "verify-deb: window under Xvfb: $(echo $probe)"

mb() { awk -v bytes="$1" 'BEGIN { printf "%.1f MB", bytes / 1e6 }'; }
echo "verify-deb: installer $(mb "$(stat -c %s "$deb")"), installed $(mb "$(du -sb /opt/closeout | cut -f1)") in /opt/closeout"
# Removed as it was installed: nothing left in /opt/closeout, the archive postinst made included.
dpkg --purge closeout >/dev/null 2>&1
if [ -e /opt/closeout ]; then echo "verify-deb: left behind after removal: $(find /opt/closeout | head -5)"; exit 1; fi
echo "verify-deb: done in $((SECONDS - started)) s"
