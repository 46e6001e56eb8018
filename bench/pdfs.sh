#!/usr/bin/env bash
# Benchmark: the real guide's build with its PDFs, two jars side by side (alternately, so that both
# see the same load), cold (--no-cache) and with a warm PDF cache. Prints one line per run with the
# wall and CPU time from /usr/bin/time and the `pdfs` stage from --timings, then the min and median
# of each. Not a test: run it by hand and copy the numbers into bench/results.md.
#   bash bench/pdfs.sh OLD.jar NEW.jar [runs] [java options...]
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 runs=${3:-3}
shift $(( $# < 3 ? $# : 3 ))
java_opts=("$@")
sources=${SOURCES:-/work/shared/sources}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/log"

# One build: prints "wall cpu pdfs" (seconds, seconds, milliseconds).
run() {
  local jar=$1 mode=$2 name=$3
  local args=(build --out "$work/site-$name" --timings)
  [ -d "$sources" ] && args+=(--sources "$sources")
  if [ "$mode" = cold ]; then args+=(--no-cache); else args+=(--cache "$work/cache-$name"); fi
  /usr/bin/time -f "TIME %e %U %S" -o "$work/time" java "${java_opts[@]}" -jar "$jar" "${args[@]}" > /dev/null 2> "$log"
  local pdfs
  pdfs=$(awk '$1 == "pdfs" {print $2}' "$log")
  awk -v pdfs="$pdfs" '/^TIME/ {printf "%.2f %.2f %s\n", $2, $3 + $4, pdfs}' "$work/time"
}

summary() {
  sort -n -k"$2" "$1" | awk -v k="$2" '{v[NR] = $k} END {printf "min %s median %s", v[1], v[int((NR + 1) / 2)]}'
}

echo "load: $(uptime)"
for mode in cold warm; do
  # Fill each warm cache once before measuring.
  [ "$mode" = warm ] && run "$old" warm old > /dev/null && run "$new" warm new > /dev/null
  : > "$work/old.$mode"; : > "$work/new.$mode"
  for i in $(seq "$runs"); do
    for which in old new; do
      jar=$old; [ "$which" = new ] && jar=$new
      line=$(run "$jar" "$mode" "$which")
      echo "$line" >> "$work/$which.$mode"
      echo "$mode $which run $i: wall ${line%% *} s, cpu $(echo "$line" | cut -d' ' -f2) s, pdfs $(echo "$line" | cut -d' ' -f3) ms"
    done
  done
  for which in old new; do
    echo "$mode $which: wall $(summary "$work/$which.$mode" 1) s; cpu $(summary "$work/$which.$mode" 2) s;" \
      "pdfs $(summary "$work/$which.$mode" 3) ms"
  done
done
echo "load: $(uptime)"
for f in "$work"/site-old/pdf/*.pdf; do
  cmp -s "$f" "$work/site-new/pdf/$(basename "$f")" || echo "differs: pdf/$(basename "$f")"
done
