#!/usr/bin/env bash
# A writer's builds (not a test): the real guide built with its PDFs and cache in one JVM with the
# build daemon's JVM options, then edited one chapter after another with a build after each edit
# (bench/EditBuilds.java), for each jar given, the jars taking turns twice, each turn on a fresh
# copy of the guide and an empty cache. Prints every build's wall time and each turn's min and
# median; the median of the last turn is what README reports.
#   bash bench/edits.sh EDITS [JAR ...]      (default: target/studyguide.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { sed -n '2,7p' "$0" | cut -c3-; exit 2; }
edits=$1
shift
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(target/studyguide.jar)
sources=${SOURCES:-../shared/sources}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
opts=(-XX:+UseParallelGC -Xmx720m -XX:NewRatio=1 -XX:TieredStopAtLevel=1)
echo "$edits edits a JVM, java ${opts[*]}; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%H:%M)"
for turn in 1 2; do
  for jar in "${jars[@]}"; do
    rm -rf "$work/guide" "$work/site" "$work/.studyguide-cache"
    cp -r content "$work/guide"
    echo "== $jar, turn $turn"
    args=("$edits" "$work/guide" "$work/site")
    [ -d "$sources" ] && args+=("$sources")
    java "${opts[@]}" -cp "$jar" bench/EditBuilds.java "${args[@]}" 2> "$work/stderr" | grep '^edit' | tee "$work/runs" \
      || { tail -20 "$work/stderr"; exit 1; }
    awk '$4 != 0 { bad = 1 } END { exit (NR == 0 || bad) }' "$work/runs" || { tail -20 "$work/stderr"; exit 1; }
    sort -n -k6 "$work/runs" | awk '{ v[NR] = $6 } END { printf "min %.3f s, median %.3f s, max %.3f s\n", v[1], v[int((NR + 1) / 2)], v[NR] }'
  done
done
