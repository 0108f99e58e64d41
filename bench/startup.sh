#!/usr/bin/env bash
# Start-up figures: the app's first frame (--probe-startup, on a fresh demo account) beside an
# empty AtlantaFX window of the same size, same machine, same JVM flags; then on the module path (as
# `mvn javafx:run`) and, when installed, the .deb's launcher. Prints the median of N runs.
# Usage: bench/startup.sh [RUNS]   (builds first; needs a display, or runs itself under xvfb-run)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then exec xvfb-run -a "$0" "$@"; fi
  echo "startup.sh: no display and no xvfb-run (apt-get install xvfb)" >&2; exit 2
fi
[ -f target/closeout.jar ] && [ -d target/test-classes ] || mvn -B -q -DskipTests package test-compile
cp="target/closeout.jar:target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label, command...
  local label=$1; shift
  local frames=() rss=() shown=()
  for _ in $(seq "$runs"); do
    output=$("$@" 2>/dev/null)
    line=$(grep first-frame-ms <<<"$output")
    frames+=("$(sed -E 's/.*first-frame-ms=([0-9]+).*/\1/' <<<"$line")")
    rss+=("$(sed -E 's/.*rss-kb=([0-9]+).*/\1/' <<<"$line")")
    shown+=("$(grep -oE 'account-shown-ms=[0-9]+' <<<"$output" | cut -d= -f2 || echo -)")
  done
  printf '%-28s first frame %5s ms   account shown %5s ms   RSS %6s KB   (medians of %s)\n' "$label" \
    "$(printf '%s\n' "${frames[@]}" | median)" "$(printf '%s\n' "${shown[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | median)" "$runs"
}
measure "empty AtlantaFX window" java -cp "$cp" dev.closeout.bench.EmptyWindow
measure "Closeout (demo account)" bash -c "d=\$(mktemp -d); java -jar target/closeout.jar --data-dir=\$d --probe-startup; rm -rf \$d"
measure "Closeout, module path" bash -c "d=\$(mktemp -d); java --module-path target/closeout.jar:target/lib -m dev.closeout/dev.closeout.Main --data-dir=\$d --probe-startup; rm -rf \$d"
# The installed .deb, when there is one (dpkg -i target/installer/closeout_*.deb; see README, Native installers).
if [ -x /opt/closeout/bin/Closeout ]; then
  measure "Closeout, installed .deb" bash -c "d=\$(mktemp -d); /opt/closeout/bin/Closeout --data-dir=\$d --probe-startup; rm -rf \$d"
fi
