#!/usr/bin/env bash
# Rebuilds vigie-geo's gazetteer from the raw files in ../shared/data: the TSV (the reviewable
# source, vigie-geo/data/gazetteer.tsv.gz) and the binary index bundled in the jar
# (vigie-geo/src/main/resources/org/vigie/geo/gazetteer.bin.gz, what Geocoders.loadDefault reads).
# usage: scripts/build-gazetteer.sh [shared/data dir] [output TSV] [output binary index]
#        scripts/build-gazetteer.sh --binary-only [input TSV] [output binary index]
#          (regenerates the binary index from the committed TSV, no raw data needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
res="$root/vigie-geo/src/main/resources/org/vigie/geo"
cd "$root"
./mvnw -q -pl vigie-geo -am compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="$root/vigie-geo/target/classes:$(cat "$root/vigie-geo/target/cp.txt")"
if [[ "${1:-}" == "--binary-only" ]]; then
  tsv="${2:-$root/vigie-geo/data/gazetteer.tsv.gz}"
  bin="${3:-$res/gazetteer.bin.gz}"
  java -Xmx3g -cp "$cp" org.vigie.geo.build.GazetteerWriter "$tsv" "$bin"
  exit 0
fi
data="${1:-$root/../shared/data}"
tsv="${2:-$root/vigie-geo/data/gazetteer.tsv.gz}"
bin="${3:-$res/gazetteer.bin.gz}"
java -Xmx3g -cp "$cp" org.vigie.geo.build.GazetteerBuilder "$data" "$tsv" "$bin"
