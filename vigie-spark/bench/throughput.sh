#!/bin/bash
# The README's throughput runs: `vigie ingest` + `vigie export` and the Spark job in local[2] on
# the same corpus, each in its own JVM with -Xmx4g, timed by /usr/bin/time -v (wall, CPU%, RSS)
# with a GC log (heap). Build first: ./mvnw -q -pl vigie-spark,vigie-cli -am -DskipTests package
# Usage: vigie-spark/bench/throughput.sh CORPUS.jsonl WORKDIR [TAG]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$1; work=$2; tag=${3:-1}
mkdir -p "$work"; rm -rf "$work/store-$tag" "$work/out-$tag"
sdir=$root/vigie-spark/target
load() { echo "$1 $(date -u +%FT%TZ) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/load-$tag.txt"; }
load ingest-start
/usr/bin/time -v -o "$work/ingest-$tag.time" java -Xmx4g -Xlog:gc:file="$work/ingest-$tag.gc.log" \
  -jar "$root/vigie-cli/target/vigie.jar" ingest "$corpus" --store "$work/store-$tag" \
  2> "$work/ingest-$tag.err"
/usr/bin/time -v -o "$work/export-$tag.time" java -Xmx4g -Xlog:gc:file="$work/export-$tag.gc.log" \
  -jar "$root/vigie-cli/target/vigie.jar" export --format jsonl --scope all --store "$work/store-$tag" \
  --out "$work/export-$tag.jsonl" 2> "$work/export-$tag.err"
load spark-start
/usr/bin/time -v -o "$work/spark-$tag.time" java $(cat "$sdir/vigie-spark.jvmopts") -Xmx4g \
  -Xlog:gc:file="$work/spark-$tag.gc.log" \
  -cp "$sdir/vigie-spark-0.1.0-SNAPSHOT.jar:$(cat "$sdir/vigie-spark.classpath"):$(cat "$sdir/vigie-spark-provided.classpath")" \
  org.vigie.spark.VigieSparkJob --master 'local[2]' --input "$corpus" --output "$work/out-$tag" \
  2> "$work/spark-$tag.err"
load end
for s in ingest export spark; do
  echo "$s: $(grep -E 'Elapsed|Percent of CPU|Maximum resident' "$work/$s-$tag.time" | sed 's/^\s*//' | paste -sd';')"
  echo "  heap peak (MB, before GC): $(grep -oE '[0-9]+M->' "$work/$s-$tag.gc.log" | sed 's/M->//' | sort -n | tail -1)"
done
grep -v SLF4J "$work/spark-$tag.err" | tail -2
echo "events: store $(wc -l < "$work/export-$tag.jsonl"), spark $(cat "$work"/out-$tag/jsonl/part-* | wc -l)"
sed 's/^ //' "$work/export-$tag.jsonl" | sort > "$work/a-$tag"; cat "$work"/out-$tag/jsonl/part-* | sort > "$work/b-$tag"
cmp -s "$work/a-$tag" "$work/b-$tag" && echo "lines: identical" || echo "lines: $(comm -3 "$work/a-$tag" "$work/b-$tag" | wc -l) differ"
cat "$work/load-$tag.txt"
