#!/usr/bin/env bash
# Lighthouse 12.8.2 (from npm) on the home page, a chapter, the glossary and the quotations, served
# on 127.0.0.1 as GitHub Pages serves them (gzip for text, 10 minutes of cache: bench/pages-server.py).
# Not a test: run it by hand after ./mvnw package and copy the scores into README.md.
# Needs Node 20+ with npm, python3 (to serve site/), and chromium (CHROME_PATH, default /usr/bin/chromium).
#   bash bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f site/index.html ] || { echo "build the site first: ./mvnw package" >&2; exit 2; }
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
port=${PORT:-8765}
work=$(mktemp -d)
python3 bench/pages-server.py "$port" site > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/index.html"; do
  kill -0 $server 2>/dev/null || { echo "the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
npm install --silent --prefix "$work/lh" lighthouse@12.8.2 > /dev/null
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
printf '%-32s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
for page in index.html chapters/institutions.html glossary.html quotes.html; do
  "$work/lh/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet --chrome-flags="$flags" \
    --only-categories=performance,accessibility,best-practices,seo --output=json \
    --output-path="$work/report.json" > /dev/null 2>&1
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    console.log(process.argv[2].padEnd(32), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(5));
    // What costs points: the weighted audits that did not pass.
    const lost = Object.values(r.categories).flatMap(c => c.auditRefs.filter(a => a.weight > 0))
      .map(a => r.audits[a.id]).filter(a => a.score !== null && a.score < 1)
      .map(a => a.id + " " + (a.displayValue || a.score));
    if (lost.length) console.log("  below full marks: " + lost.join("; "));
  ' "$work/report.json" "$page"
done
