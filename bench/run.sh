#!/usr/bin/env bash
# Benchmark: wall time of full builds with ./studyguide, JVM start included, of the real guide and of a generated
# 1,000-chapter guide (without PDFs), then the live preview (bench/serve.sh). Not a test: run it by hand
# and copy the numbers into bench/results.md.
#   bash bench/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
jar=target/studyguide.jar
[ -f "$jar" ] || ./mvnw -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A synthetic guide: 1,000 chapters in 10 parts, 100 terms, 200 quotations, 50 events, 1 reading.
generate() {
  local dir=$1
  mkdir -p "$dir/chapters"
  {
    echo "title: Synthetic guide"
    echo "baseUrl: https://example.org/synthetic/"
    echo "pdf: false"
    echo "language: en"
    echo "parts:"
    for p in $(seq 0 9); do
      echo "  - title: Part $p"
      printf "    chapters: ["
      for c in $(seq 0 99); do printf "c%d%02d%s" "$p" "$c" "$([ "$c" -lt 99 ] && echo ', ')"; done
      echo "]"
    done
  } > "$dir/guide.yml"
  echo "- {id: r, title: Reading, date: '2001', note: A reading.}" > "$dir/sources.yml"
  : > "$dir/glossary.yml"
  for t in $(seq 0 99); do
    echo "- {id: T$t, expansion: Term number $t, definition: Definition of term $t.}" >> "$dir/glossary.yml"
  done
  : > "$dir/quotes.yml"
  for q in $(seq 0 199); do
    echo "- {id: q$q, text: Quotation number $q., source: r, locator: paragraph $q, context: Context $q., terms: [T$((q % 100))]}" >> "$dir/quotes.yml"
  done
  : > "$dir/timeline.yml"
  for e in $(seq 0 49); do
    echo "- {id: e$e, date: '$((1970 + e))', title: Event $e, text: Event $e happened.}" >> "$dir/timeline.yml"
  done
  local body
  body=$(for s in 1 2 3; do
    echo "## Section $s"
    echo
    for l in 1 2 3 4 5; do
      echo "T1 and T2 appear here with T3, and the text goes on about T$((s * 10 + l)) in plain words for a while."
    done
    echo
  done)
  for p in $(seq 0 9); do
    for c in $(seq 0 99); do
      local id
      id=$(printf "c%d%02d" "$p" "$c")
      local n=$((p * 100 + c))
      {
        printf -- "---\ntitle: Chapter %s\nsummary: Summary %s.\nreadings: [r]\n---\n" "$id" "$id"
        echo "$body"
        echo
        echo "![[quote:q$((n % 200))]]"
        echo
        echo "See [[event:e$((n % 50))]] and [[T$((n % 100))]]."
      } > "$dir/chapters/$id.md"
    done
  done
}

time_builds() {
  local label=$1 content=$2 n=$3
  local times=()
  for _ in $(seq "$n"); do
    local start end
    start=$(date +%s%N)
    ./studyguide build --content "$content" --templates templates --out "$work/site-$label" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$n" '
    { t[NR] = $1; sum += $1 }
    END { printf "%-24s runs=%d  min=%d ms  median=%d ms  mean=%d ms  max=%d ms\n", label, n, t[1], t[int((n + 1) / 2)], sum / n, t[n] }'
}

generate "$work/synthetic"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
time_builds real-guide content "$runs"
# The same guide without its PDFs: the difference is what rendering the 14 PDFs costs.
cp -r content "$work/no-pdf"
echo "pdf: false" >> "$work/no-pdf/guide.yml"
time_builds real-guide-without-pdfs "$work/no-pdf" "$runs"
time_builds synthetic-1000-chapters "$work/synthetic" 3

# The live preview: save-to-served time of a chapter edit, warm server.
bash bench/serve.sh "$runs"
