#!/usr/bin/env bash
# Start-up by an outside clock. The script reads the wall clock just before it launches each program and
# subtracts that from the wall clock the program prints at each mark (--probe-startup's
# first-frame-epoch-ms, account-shown-epoch-ms), so the JVM's own start-up counts too. Measured:
#   floor          an AtlantaFX Primer Light window, one Label and one Button (bench/floor/EmptyWindow.java, with
#                  the app's StartupProbe for its marks), launched the fastest way: java --module-path <javafx base, graphics, controls jars>
#                  --add-modules javafx.controls -cp <atlantafx-base jar>:<its class>, nothing else; as large as the app's
#                  window opens here (its first start's, kept in its settings), since drawing and its buffers grow with the size
#   jar            java -jar target/closeout.jar, which starts again in its own process with the installed app's JVM options
#                  and the class-data archive its first start left (Relaunch.java)
#   jar, one process   the same with CLOSEOUT_ONE_PROCESS=1: what the jar does in the process java -jar started
#   module path    java --module-path target/closeout.jar:target/lib -m dev.closeout/dev.closeout.Main (mvn javafx:run's way)
#   installed .deb /opt/closeout/bin/Closeout, when installed (dpkg -i target/installer/closeout_*.deb)
# The app opens a demo account as a person's every start after the first does: a copy, for each run, of one
# made by a first start here (FRESH=1 bench/startup.sh: a new account each run, made as the app opens).
# "account shown" is the first frame with the account's first read on screen; RSS is at that mark (the
# floor's at its first frame). Each run takes the programs in
# turn, after one round of warm-up that is not counted (file cache, JavaFX's unpacked libraries); the
# figures are medians, with the ratios to the floor and the goals (first frame ≤ 1.2×, account shown ≤ 2×,
# RSS ≤ 1.3×). Other work on the machine slows every figure: the load average is printed before and after.
# Usage: [FRESH=1] bench/startup.sh [RUNS]   (default 5; builds the jar when it is older than the sources; needs a
# display, or runs itself under xvfb-run: apt-get install -y xvfb libgtk-3-0 libgl1 libxtst6)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"; fi
  echo "startup.sh: no display and no xvfb-run (apt-get install -y xvfb libgtk-3-0 libgl1 libxtst6)" >&2; exit 2
fi
if [ ! -f target/closeout.jar ] || [ -n "$(find src/main pom.xml -newer target/closeout.jar -print -quit)" ]; then
  echo "startup.sh: building target/closeout.jar" >&2
  mvn -B -q -DskipTests package
fi
fx=$(ls target/lib/javafx-{base,graphics,controls}-*-*.jar | tr '\n' : | sed 's/:$//')
atlantafx=$(ls target/lib/atlantafx-base-*.jar)
floor_classes=target/bench/floor probe=src/main/java/dev/closeout/ui/shell/StartupProbe.java
if [ ! -f $floor_classes/EmptyWindow.class ] || [ bench/floor/EmptyWindow.java -nt $floor_classes/EmptyWindow.class ] \
    || [ $probe -nt $floor_classes/EmptyWindow.class ]; then
  rm -rf $floor_classes
  javac -d $floor_classes --module-path "$fx" --add-modules javafx.controls -cp "$atlantafx" bench/floor/EmptyWindow.java $probe
fi

# The account each run opens a copy of: made once, by a first start of the jar, which also leaves the jar's
# class-data archive (made in the background once that start has ended: waited for here) and the window's size.
seed=$(mktemp -d)
trap 'rm -rf "$seed"' EXIT
archive_makers() { pgrep -f closeout-start-archive >/dev/null; }
timeout 120 java -jar target/closeout.jar --data-dir="$seed" --probe-startup >/dev/null 2>&1 || true
[ -f "$seed/demo/exchange.json" ] || { echo "startup.sh: the jar did not open the demo account" >&2; exit 1; }
for _ in $(seq 120); do archive_makers || break; sleep 1; done
window=$(awk -F= '/^window\.(width|height)=/ { printf "%d ", $2 }' "$seed/settings.properties")
if [ -n "${FRESH:-}" ]; then rm -rf "${seed:?}"/*; fi

names=(floor jar "jar, one process" "module path")
commands=("java --module-path $fx --add-modules javafx.controls -cp $atlantafx:$floor_classes EmptyWindow $window"
  "java -jar target/closeout.jar"
  "env CLOSEOUT_ONE_PROCESS=1 java -jar target/closeout.jar"
  "java --module-path target/closeout.jar:target/lib -m dev.closeout/dev.closeout.Main")
if [ -x /opt/closeout/bin/Closeout ]; then
  names+=("installed .deb"); commands+=("/opt/closeout/bin/Closeout")
fi

now_ms() { if [ -n "${EPOCHREALTIME:-}" ]; then local t=${EPOCHREALTIME/[.,]/}; echo "${t:0:-3}"; else date +%s%3N; fi; }
mark() { grep -oE "$1=[0-9]+" <<<"$2" | head -1 | cut -d= -f2 || true; }
# One launch of program $1: appends "first-frame account-shown rss" (ms, ms, KB; - where there is no mark) to results[$1].
declare -A results
once() {
  local i=$1 data started output frame shown rss
  data=$(mktemp -d)
  cp -a "$seed/." "$data/"
  local args=()
  if [ "$i" -gt 0 ]; then args=(--data-dir="$data" --probe-startup); fi
  started=$(now_ms)
  output=$(timeout 120 ${commands[$i]} "${args[@]}" 2>/dev/null) || true
  rm -rf "$data"
  # A first start (FRESH=1) makes its archive once it has ended: not while the next program is measured.
  for _ in $(seq 120); do archive_makers || break; sleep 1; done
  frame=$(mark first-frame-epoch-ms "$output")
  if [ -z "$frame" ]; then echo "startup.sh: ${names[$i]} printed no first frame" >&2; return; fi
  shown=$(mark account-shown-epoch-ms "$output")
  if [ -n "$shown" ]; then shown=$((shown - started)); else shown=-; fi
  rss=$(grep -oE 'rss-kb=[0-9]+' <<<"$output" | tail -1 | cut -d= -f2 || true)
  results[$i]+="$((frame - started)) $shown $rss"$'\n'
}
load() { cut -d' ' -f1 /proc/loadavg; }

echo "startup.sh: $runs runs of ${#names[@]} programs, in turn, after a round of warm-up, on $([ -n "${FRESH:-}" ] && echo "a new demo account each" || echo "a demo account opened before"); windows of ${window:-1180 780}pixels; 1-minute load average $(load) ($(nproc) cores)"
for round in $(seq 0 "$runs"); do
  for i in "${!names[@]}"; do once "$i"; done
  if [ "$round" -eq 0 ]; then results=(); fi
done

median() { sort -n | awk '{ a[NR] = $1 } END { print NR ? a[int((NR + 1) / 2)] : "-" }'; }
range() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }
column() { awk -v c="$2" 'NF { print $c }' <<<"${results[$1]:-}" | grep -v '^-$' || true; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "  -  "; else printf "%.2f×", a / b }'; }
within() { awk -v a="$1" -v b="$2" -v g="$3" 'BEGIN { exit !(a != "-" && b != "-" && a <= g * b) }'; }

floor_frame=$(column 0 1 | median)
floor_rss=$(column 0 3 | median)
printf '\n%-18s %-30s %-30s %s\n' "" "first frame, ms (range)" "account shown, ms (range)" "RSS, MB"
for i in "${!names[@]}"; do
  frame=$(column "$i" 1 | median); shown=$(column "$i" 2 | median); rss=$(column "$i" 3 | median)
  f="$frame ($(column "$i" 1 | range))"; s="–"; r=$(awk -v kb="$rss" 'BEGIN { print kb == "-" ? "-" : int(kb / 1024 + 0.5) }')
  if [ "$i" -gt 0 ]; then
    f+=" $(ratio "$frame" "$floor_frame")"; s="$shown ($(column "$i" 2 | range)) $(ratio "$shown" "$floor_frame")"
    r+=" $(ratio "$rss" "$floor_rss")"
  fi
  printf '%-18s %-30s %-30s %s\n' "${names[$i]}" "$f" "$s" "$r"
done

echo
echo "Ratios are to the floor's first frame and RSS. Goals: first frame ≤ 1.2×, account shown ≤ 2×, RSS ≤ 1.3×."
for i in "${!names[@]}"; do
  if [ "$i" -eq 0 ]; then continue; fi
  frame=$(column "$i" 1 | median); shown=$(column "$i" 2 | median); rss=$(column "$i" 3 | median)
  verdict=()
  within "$frame" "$floor_frame" 1.2 && verdict+=("first frame met") || verdict+=("first frame NOT met")
  within "$shown" "$floor_frame" 2 && verdict+=("account shown met") || verdict+=("account shown NOT met")
  within "$rss" "$floor_rss" 1.3 && verdict+=("RSS met") || verdict+=("RSS NOT met")
  printf '%-18s %s\n' "${names[$i]}" "$(IFS=,; echo "${verdict[*]}" | sed 's/,/, /g')"
done
echo "1-minute load average after: $(load)"
