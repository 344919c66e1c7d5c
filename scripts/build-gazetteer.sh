#!/usr/bin/env bash
# Rebuilds vigie-geo's bundled gazetteer from the raw files in ../shared/data.
# usage: scripts/build-gazetteer.sh [shared/data dir] [output file]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data}"
out="${2:-$root/vigie-geo/src/main/resources/org/vigie/geo/gazetteer.tsv.gz}"
cd "$root"
./mvnw -q -pl vigie-geo -am compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="$root/vigie-geo/target/classes:$(cat "$root/vigie-geo/target/cp.txt")"
java -Xmx3g -cp "$cp" org.vigie.geo.build.GazetteerBuilder "$data" "$out"
