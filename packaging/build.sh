#!/usr/bin/env bash
# Builds Closeout's native installer for this system from target/closeout.jar and target/lib.
# `mvn -B -Pinstaller -DskipTests package` runs it once the jar is packaged. It makes, in target/installer/:
#   runtime/    a jlink'd Java runtime: only the JDK and JavaFX modules the app resolves, plus Chinese locale data
#   app/        the app's own jars, on the class path (jlink refuses java-otp and headlong, automatic modules)
#   Closeout/   the app-image (Closeout.app on macOS), and the host's installer: .deb (or .rpm), .msi, .dmg
# Usage: packaging/build.sh VERSION [TYPE]   (TYPE: deb, rpm, msi, exe, dmg, pkg; empty: this system's usual one)
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: packaging/build.sh VERSION [TYPE]}
out=target/installer
bin=${JAVA_HOME:+$JAVA_HOME/bin/}   # jlink and jpackage of the JDK that runs Maven

case "$(uname -s)" in
  Linux) os=linux sep=: natives=lib; command -v dpkg-deb >/dev/null && default=deb || default=rpm ;;
  Darwin) os=macos sep=: natives=lib default=dmg ;;
  MINGW* | MSYS* | CYGWIN*) os=windows sep=';' natives=bin default=msi ;;
  *) echo "build.sh: no packaging for $(uname -s)" >&2; exit 2 ;;
esac
type=${2:-$default}
if [ "$os" = macos ] && [[ $version == 0.* ]]; then
  echo "build.sh: macOS bundles need a version from 1 up (jpackage refuses $version): add -Dinstaller.version=1.0.0" >&2; exit 2
fi

# Debian's tools for what follows, installed when missing and we are root (CI is): fakeroot for jpackage's
# dpkg-deb; GTK, which JavaFX draws with (jpackage also reads the .deb's dependencies off it); Xvfb for a display.
need() { # test command, Debian package
  if eval "$1" >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then echo "build.sh: please install $2" >&2; exit 2; fi
  apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
}
if [ "$os" = linux ]; then
  [ "$type" = deb ] && need "command -v fakeroot" fakeroot
  need "ldconfig -p | grep -q libgtk-3.so.0" libgtk-3-0
  [ -n "${DISPLAY:-}" ] || need "command -v xvfb-run" xvfb
fi

# The app and its dependencies as a module path, to ask the module system what they need; less JavaFX's
# empty placeholder jars (javafx-base-21.0.11.jar beside the real javafx-base-21.0.11-linux.jar).
modpath=target/closeout.jar
for jar in target/lib/*.jar; do
  if [[ $jar == target/lib/javafx-* && ! $jar =~ -(linux|win|mac)[^/]*\.jar$ ]]; then continue; fi
  modpath+="$sep$jar"
done

# Which modules the app needs: what the module system resolves from dev.closeout, each line
# "A requires B LOCATION". JDK modules (jrt:) and JavaFX go into the runtime; the rest are the app's jars.
resolved=$("${bin}java" --module-path "$modpath" --limit-modules dev.closeout --show-module-resolution \
  --dry-run -m dev.closeout/dev.closeout.Main | awk '$2 == "requires" { print $3, $4 } $1 == "root" { print $2, $3 }' | sort -u)
path_of() { sed -E 's|^file://||; s|^/([A-Za-z]:)|\1|'; } # file:///C:/x.jar -> C:/x.jar on Windows
jdk=$(awk '$2 ~ /^jrt:/ { print $1 }' <<<"$resolved")
fx=$(awk '$1 ~ /^javafx\./ { print $1 }' <<<"$resolved")
fx_jars=$(awk '$1 ~ /^javafx\./ { print $2 }' <<<"$resolved" | path_of)
app_jars=$(awk '$1 !~ /^javafx\./ && $2 ~ /^file:/ { print $2 }' <<<"$resolved" | path_of)
# Found by ServiceLoader, not by requires: jdk.localedata for Chinese dates and numbers for the zh_CN
# texts; jdk.crypto.ec for the elliptic-curve TLS that Binance's servers speak.
modules=$(echo $jdk $fx jdk.localedata jdk.crypto.ec | tr ' ' ,)

rm -rf "$out"
mkdir -p "$out/app"
cp $app_jars "$out/app/"
echo "build.sh: runtime of $modules"
# JavaFX's jars carry their native libraries inside, which JavaFX would unpack into ~/.openjfx at every
# start. They are left out of the module image and put where JavaFX looks first, the runtime's lib/ (bin/
# on Windows), as JavaFX's own jmods would put them; jpackage then also reads the .deb's dependencies off them.
# --compress=1 only shares strings: zip-compressed classes (=2) would not shrink again in the installer
# (xz), which came out 51 MB with =2 and 37 MB with =1, for the same start-up.
"${bin}jlink" --module-path "$(echo $fx_jars | tr ' ' "$sep")" --add-modules "$modules" \
  --include-locales=en,zh --strip-debug --no-man-pages --no-header-files --compress=1 \
  --exclude-resources='/javafx.*/*.so,/javafx.*/*.dll,/javafx.*/*.dylib' --output "$out/runtime"
for jar in $fx_jars; do
  libs=$("${bin}jar" tf "$jar" | grep -E '\.(so|dylib|dll)$' || true)
  if [ -n "$libs" ]; then (cd "$out/runtime/$natives" && "${bin}jar" xf "$jar" $libs); fi
done

# Debian's libjvm.so keeps its symbol table, which only a debugger reads: 24 MB with it, 20 MB without.
if [ "$os" = linux ] && command -v strip >/dev/null; then
  find "$out/runtime" -name '*.so' -exec strip --strip-unneeded {} +
fi

# Class-data sharing: the classes a real start loads, until the account is on screen, listed here by running
# the app once; an archive of them, parsed once, is mapped by every start instead of loading them one by one.
run_app() { if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then xvfb-run -a "$@"; else "$@"; fi; }
data=$(mktemp -d)
run_app "$out/runtime/bin/java" -XX:DumpLoadedClassList="$out/classlist" -cp "$out/app/*" dev.closeout.Main \
  --data-dir="$data" --probe-startup >/dev/null
rm -rf "$data"
if [ "$type" = deb ]; then
  # The .deb's archive holds the app's own classes too (Jackson, the pages, the demo): JDK 17 ties those to the
  # absolute paths of the jars they came from, so packaging/linux/postinst makes it where they are installed,
  # from this list; the launcher names it. Nothing of it is in the package, which is 6 MB smaller for that.
  cp "$out/classlist" "$out/app/closeout.classlist"
  archive=(--java-options '-XX:SharedArchiveFile=$APPDIR/closeout.jsa')
else
  # Elsewhere the runtime's default archive, of the JDK and JavaFX classes alone, which no path ties down.
  "$out/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$out/classlist" >"$out/cds.log" 2>&1 \
    || { cat "$out/cds.log" >&2; exit 1; }
  archive=()
fi

common=(@jpackage.cfg "@packaging/$os/image.cfg" --app-version "$version" "${archive[@]}"
  --runtime-image "$out/runtime" --input "$out/app" --dest "$out")
"${bin}jpackage" --type app-image "${common[@]}"
"${bin}jpackage" --type "$type" "${common[@]}" "@packaging/$os/installer.cfg"
ls -l "$out" | grep -E '\.(deb|rpm|msi|exe|dmg|pkg)$'
