#!/usr/bin/env bash
# Warm builds (not a test): the generated chapters of bench/peers.sh built RUNS times in one JVM with
# the build daemon's JVM options (C1 only below 5,000 chapters, as the launcher decides), for each
# jar given, the jars taking turns twice, each turn in a JVM of its own; prints every build's wall,
# CPU and collector seconds, its collections and the memory it allocated (bench/WarmBuilds.java),
# and the means of each turn's second half (warm). The way to compare two jars on this shared,
# uneven host: alternate them, and look at more than one turn.
#   bash bench/warm.sh CHAPTERS RUNS [JAR ...]      (default: target/studyguide.jar)
# The chapters are generated once into ~/.cache/studyguide-bench/generated (WARM_DIR to change).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,9p' "$0" | cut -c3-; exit 2; }
chapters=$1 runs=$2
shift 2
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(target/studyguide.jar)
source bench/generated-guide.sh
dir=${WARM_DIR:-$HOME/.cache/studyguide-bench/generated}/n$chapters
if [ ! -f "$dir/complete" ]; then
  rm -rf "$dir"
  generate "$dir" "$chapters"
  touch "$dir/complete"
fi
opts=(-XX:+UseParallelGC -Xmx720m -XX:NewRatio=1)
((chapters >= ${STUDYGUIDE_C2_FROM:-5000})) || opts+=(-XX:TieredStopAtLevel=1)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "$chapters chapters, $runs builds a JVM, java ${opts[*]}; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%H:%M)"
for turn in 1 2; do
  for jar in "${jars[@]}"; do
    echo "== $jar, turn $turn"
    java "${opts[@]}" -cp "$jar" bench/WarmBuilds.java "$runs" build --no-cache --content "$dir/ours" \
      --templates templates --out "$out/site" 2> "$out/stderr" | grep '^run' | tee "$out/runs" || true
    # The guide's own warnings go to a file; a failed build shows what it said.
    awk '$4 != 0 { bad = 1 } END { exit (NR == 0 || bad) }' "$out/runs" || { tail -20 "$out/stderr"; exit 1; }
    awk -v from=$((runs / 2 + 1)) '$2 >= from { n++; w += $6; c += $8; g += $10; a += $14 }
      END { printf "mean of builds %d-%d: wall %.3f s, cpu %.3f s, gc %.3f s, allocated %d MB\n", from, from + n - 1, w / n, c / n, g / n, a / n }' "$out/runs"
  done
done
