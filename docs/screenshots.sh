#!/usr/bin/env bash
# Pictures of every wizard page in light and dark, from a fresh demo account, into docs/screenshots/;
# then the pages that change on a Binance account, connected to the local Binance that serves the samples.
# Runs headless (Monocle); no display needed. `docs/screenshots.sh alternatives` takes only the demo's Alternatives page.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
for theme in light dark; do
  java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp "$cp" dev.closeout.docs.ScreenshotTour "$theme" docs/screenshots "$@"
  if [ $# -eq 0 ]; then
    java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp "$cp" dev.closeout.docs.BinanceTour "$theme" docs/screenshots
  fi
done
