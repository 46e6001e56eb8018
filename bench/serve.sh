#!/usr/bin/env bash
# Benchmark of the live preview: time from saving a chapter of the real guide to the rebuilt page
# being served by a warm `./studyguide serve` (5 warm-up edits, then N timed ones), the server's own
# rebuild time, the time until it served the edited chapter's page (the early pages), and the server's CPU time per edit, which other work on the machine disturbs less.
#   bash bench/serve.sh [runs] [project folder]
# The project folder (this checkout by default) is where `./studyguide`, its target/studyguide.jar,
# content/ and templates/ are taken from: give a copy with an older jar to compare two versions.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
cd "${2:-$bench/..}"
runs=${1:-20}
[ -f target/studyguide.jar ] || ./mvnw -q -DskipTests package
work=$(mktemp -d)
cp -r content templates "$work/"
./studyguide serve --timings --content "$work/content" --templates "$work/templates" --out "$work/site" --port 0 \
  > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null; wait "$server" 2> /dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 600); do
  grep -q '^Serving ' "$work/serve.log" && break
  sleep 0.1
done
url=$(sed -n 's/^Serving \(http[^ ]*\).*/\1/p' "$work/serve.log")
[ -n "$url" ] || { cat "$work/serve.log"; exit 1; }

# User + system CPU time of the server, in clock ticks (100 a second).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
before=$(cpu_ticks)
java "$bench/ServeLatency.java" "$url" "$work/content/chapters/crises.md" chapters/crises.html 5 "$runs"
after=$(cpu_ticks)
grep '^Rebuilt' "$work/serve.log" | tail -n "$runs" | sed -n 's/.* in \([0-9]*\) ms:.*/\1/p' | sort -n \
  | awk '{ t[NR] = $1 } END { printf "rebuild (server side)  median=%d ms\n", t[int((NR + 1) / 2)] }'
grep '^  stages: early pages' "$work/serve.log" | tail -n "$runs" | sed -n 's/.*early pages \([0-9]*\) ms.*/\1/p' | sort -n \
  | awk '{ t[NR] = $1 } END { if (NR) printf "early pages (server)   median=%d ms\n", t[int((NR + 1) / 2)] }'
echo "server CPU per edit    $(( (after - before) * 10 / (runs + 5) )) ms (warm-up edits included)"
