#!/usr/bin/env bash
# The launcher's start-up paths side by side (not a test): `./studyguide build` with Java 17 and its
# class-data (AppCDS) archive, and with Java 25 and its AOT cache, on a generated guide of 5
# chapters (the chapters of bench/peers.sh, PDFs off; JBake 2.7.0 and `java -jar` beside them for
# scale) and on the real guide with its PDFs (from the PDF cache, and laid out with --no-cache).
# One hyperfine run per guide; prints a table for each and the load average. Run from anywhere:
#   bash bench/startup.sh [RUNS]
# JAVA17_HOME and JAVA25_HOME choose the JDKs (default: the java on PATH, and Temurin 25 in
# /usr/lib/jvm); SOURCES the readings' texts for the real guide (default: /work/shared/sources).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
java17=${JAVA17_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
sources=${SOURCES:-/work/shared/sources}
jbake=${STUDYGUIDE_BENCH_CACHE:-$HOME/.cache/studyguide-bench}/jbake-2.7.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$java25/bin/java" ] || { echo "startup.sh: no Java 25 at $java25 (set JAVA25_HOME)" >&2; exit 2; }
[ -f target/studyguide.jar ] || ./mvnw -q -DskipTests package
# The generated chapters of bench/peers.sh (its functions, without running it).
# shellcheck source=/dev/null
source <(sed -n '/^chapter_body()/,/^}/p;/^generate()/,/^}/p' bench/peers.sh)
generate "$work/g5" 5
ours="--content $work/g5/ours --templates templates"
real="--sources $sources"
[ -d "$sources" ] || real=""
# Each JDK's start-up cache is recorded by its first build; do that outside the timed runs.
for home in "$java17" "$java25"; do
  JAVA_HOME=$home ./studyguide build $ours --out "$work/warm" > /dev/null 2>&1
done
# hyperfine's results as a table: wall time, CPU time (user + system, which the machine's other
# work disturbs less) and the ratio of each wall time to the last command's.
table() {
  python3 -c '
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[-1]["mean"]
print("| command | wall time (mean ± σ) | CPU (user + sys) | × last |")
print("|---|---|---|---|")
for r in results:
    name, mean, spread, cpu = r["command"], r["mean"], r["stddev"] or 0, r["user"] + r["system"]
    print(f"| {name} | {mean:.2f} s ± {spread:.2f} | {cpu:.2f} s | {mean / base:.2f} |")
' "$1"
}
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
g5=(-n "java -jar, Java 17" "$java17/bin/java -jar target/studyguide.jar build $ours --out $work/ojar"
  -n "./studyguide, Java 17 + AppCDS" "JAVA_HOME=$java17 ./studyguide build $ours --out $work/o17"
  -n "./studyguide, Java 25 + AOT cache" "JAVA_HOME=$java25 ./studyguide build $ours --out $work/o25")
if [ -f "$jbake/lib/jbake-core-2.7.0.jar" ]; then
  g5=(-n "JBake 2.7.0" "java -Dlogback.configurationFile=$jbake/logback.xml -cp '$jbake/lib/*' org.jbake.launcher.Main -b $work/g5/jbake $work/ojbake" "${g5[@]}")
fi
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/g5.json" --output null "${g5[@]}" > /dev/null
echo "## 5 generated chapters"
table "$work/g5.json"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/real.json" --output null \
  -n "Java 17 + AppCDS, --no-cache" "JAVA_HOME=$java17 ./studyguide build $real --no-cache --out $work/n17" \
  -n "Java 25 + AOT cache, --no-cache" "JAVA_HOME=$java25 ./studyguide build $real --no-cache --out $work/n25" \
  -n "Java 17 + AppCDS, PDFs from the cache" "JAVA_HOME=$java17 ./studyguide build $real --out $work/r17" \
  -n "Java 25 + AOT cache, PDFs from the cache" "JAVA_HOME=$java25 ./studyguide build $real --out $work/r25" > /dev/null
echo "## The real guide with its PDFs"
table "$work/real.json"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
