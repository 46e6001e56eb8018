#!/usr/bin/env bash
# Benchmark against two peers (not a test): Hugo (the Debian package) and JBake 2.7.0 (the one Java
# generator, from Maven Central), building the same N generated Markdown chapters. The peers get
# minimal equivalent templates (a chapter page with its title, summary and text; an index listing
# every chapter); studyguide builds with its full feature set and `pdf: false`. Wall times come from
# hyperfine, peak memory from one extra run of each under /usr/bin/time -v; the table replaces the
# "Peers" section of bench/results.md and is printed. Run from anywhere:
#   bash bench/peers.sh                 N = 5, 500 and 10,000 (the 10,000 runs take many minutes)
#   bash bench/peers.sh --small         N = 5 and 500
#   bash bench/peers.sh 50 1000         any list of N
# JBake is left out at 10,000 chapters and more (one build takes minutes; set PEERS_JBAKE_LARGE=1 to
# run it anyway), and the table says so. studyguide runs five ways: `--no-cache` through the launcher,
# in its build daemon (warm after hyperfine's warm-up runs) and with STUDYGUIDE_DAEMON=off, and with
# `java -jar` (everything built, as the peers do), and through the launcher with its cache, once
# after one chapter was edited and once with nothing changed. The launcher's Java is
# $JAVA_HOME's when set (e.g. JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 for the JDK 25 AOT cache).
# Needs: java 17+, mvn (to fetch JBake once), hyperfine and hugo (installed with apt-get when root).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=()
for arg in "$@"; do
  case $arg in
    --large) sizes+=(5 500 10000) ;;
    --small) sizes+=(5 500) ;;
    *) sizes+=("$arg") ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(5 500 10000)
results=bench/results.md
cache=${STUDYGUIDE_BENCH_CACHE:-$HOME/.cache/studyguide-bench}
work=$(mktemp -d); [ -z "${KEEP_WORK:-}" ] || echo "work folder: $work" >&2
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT

need_debian_package() {
  command -v "$1" > /dev/null && return
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y "$1" > /dev/null
  else
    echo "peers.sh: $1 not found; install it with: sudo apt-get install $1" >&2
    exit 2
  fi
}

# JBake 2.7.0's command line: jbake-core with the optional libraries its launcher, Markdown and
# Freemarker support need, copied once from Maven Central into the cache; prints the cache folder.
jbake_classpath() {
  local dir=$cache/jbake-2.7.0
  if [ ! -f "$dir/lib/jbake-core-2.7.0.jar" ]; then
    mkdir -p "$dir"
    cat > "$dir/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>jbake-cli</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.jbake</groupId><artifactId>jbake-core</artifactId><version>2.7.0</version></dependency>
    <dependency><groupId>info.picocli</groupId><artifactId>picocli</artifactId><version>4.6.2</version></dependency>
    <dependency><groupId>org.freemarker</groupId><artifactId>freemarker</artifactId><version>2.3.31</version></dependency>
    <dependency><groupId>com.vladsch.flexmark</groupId><artifactId>flexmark</artifactId><version>0.62.2</version></dependency>
    <dependency><groupId>com.vladsch.flexmark</groupId><artifactId>flexmark-profile-pegdown</artifactId><version>0.62.2</version></dependency>
    <dependency><groupId>org.apache.commons</groupId><artifactId>commons-vfs2</artifactId><version>2.9.0</version></dependency>
    <dependency><groupId>org.yaml</groupId><artifactId>snakeyaml</artifactId><version>1.30</version></dependency>
    <dependency><groupId>org.eclipse.jetty</groupId><artifactId>jetty-server</artifactId><version>9.4.44.v20210927</version></dependency>
  </dependencies>
</project>
EOF
    (cd "$dir" && mvn -q -B dependency:copy-dependencies -DoutputDirectory=lib) >&2
  fi
  # Logging at INFO, as JBake's own distribution configures it (without a configuration logback
  # logs at DEBUG, which would slow JBake down unfairly).
  cat > "$dir/logback.xml" <<'EOF'
<configuration>
  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="out"/></root>
</configuration>
EOF
  echo "$dir"
}

# chapter_body and generate: the same chapters for every tool (also used by bench/warm.sh).
source bench/generated-guide.sh

# Peak resident memory in MB of one run of a command.
peak_rss() {
  /usr/bin/time -v bash -c "$1" 2>&1 > /dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }'
}

# Peak resident memory in MB of the build daemon that serves this folder (see README).
daemon_peak_rss() {
  local port token pid
  read -r port token pid _ < <(cat target/jvm-cache/daemons/*"-${root//[^A-Za-z0-9._-]/_}.state")
  awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"
}

need_debian_package hugo
need_debian_package hyperfine
[ -f target/studyguide.jar ] || ./mvnw -q -DskipTests package
jbake=$(jbake_classpath)
{
  echo "Generated $(date -u +%Y-%m-%d) on $(nproc) cores ($("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1) for ./studyguide), load average"
  echo "$(cut -d' ' -f1-3 /proc/loadavg) at the start; commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "Times are hyperfine's mean ± standard deviation; \"× studyguide\" and \"× Hugo\" divide by"
  echo "\`./studyguide build --no-cache\`'s and Hugo's mean. The peers build everything every time, so"
  echo "the like-for-like rows are the \`--no-cache\` ones: through the build daemon (warm after the"
  echo "warm-up runs; its peak RSS is the daemon's, over every build of that size) and with"
  echo "\`STUDYGUIDE_DAEMON=off\` (a JVM of its own for each build). The last two rows show a build with"
  echo "its cache (\`.studyguide-cache/\`, filled by the build before), in the daemon: after one chapter"
  echo "was edited, and with nothing changed."
  echo
  echo "| chapters | tool | wall time | × studyguide | × Hugo | peak RSS | output |"
  echo "|---|---|---|---|---|---|---|"
} > "$work/table.md"
for n in "${sizes[@]}"; do
  dir=$work/n$n
  generate "$dir" "$n"
  declare -A commands=(
    [jbake]="java -Dlogback.configurationFile='$jbake/logback.xml' -cp '$jbake/lib/*' org.jbake.launcher.Main -b '$dir/jbake' '$dir/out-jbake' > /dev/null"
    [hugo]="hugo --quiet --cleanDestinationDir -s '$dir/hugo' -d '$dir/out-hugo'"
    [studyguide]="./studyguide build --no-cache --content '$dir/ours' --templates templates --out '$dir/out-studyguide' > /dev/null"
    [no-daemon]="STUDYGUIDE_DAEMON=off ./studyguide build --no-cache --content '$dir/ours' --templates templates --out '$dir/out-no-daemon' > /dev/null"
    [java-jar]="java -jar target/studyguide.jar build --no-cache --content '$dir/ours' --templates templates --out '$dir/out-java-jar' > /dev/null"
    [edited]="./studyguide build --content '$dir/ours' --templates templates --out '$dir/out-edited' > /dev/null"
    [unchanged]="./studyguide build --content '$dir/ours' --templates templates --out '$dir/out-unchanged' > /dev/null"
  )
  # Before each run of "edited" one chapter gains a sentence, as when an author saves an edit; the
  # other commands change nothing first. (The sentence goes at the end: the chapter stays valid.)
  declare -A prepare=([edited]="echo 'One more sentence, added before this run.' >> '$dir/ours/chapters/c00000.md'")
  # "unchanged" runs before "edited", whose edits would make its first run a full build.
  order=(jbake hugo studyguide no-daemon java-jar unchanged edited)
  if ((n >= 10000)) && [ -z "${PEERS_JBAKE_LARGE:-}" ]; then order=(hugo studyguide no-daemon java-jar unchanged edited); fi
  # Five runs at 10,000 too: with two, the host's swings (Hugo's own time moved by a third between
  # runs) decided the ratio more than the tools did.
  runs=$((n >= 500 ? 5 : 10))
  # Warm-up runs let the build daemon compile its hot code, as an author's first few builds do; one
  # at 10,000 chapters (each build takes many seconds), so that no size times a cold daemon.
  warmup=$((n >= 10000 ? 1 : 3))
  # Each size gets a daemon of its own, so that its peak memory is that size's.
  ./studyguide daemon stop > /dev/null
  args=()
  for tool in "${order[@]}"; do args+=(-n "$tool" --prepare "${prepare[$tool]:-true}" "${commands[$tool]}"); done
  # The cached builds start from a cache the previous build filled, as an author's builds do.
  for tool in unchanged edited; do bash -c "${commands[$tool]}"; done
  hyperfine --style basic --warmup "$warmup" --runs "$runs" --export-json "$dir/times.json" "${args[@]}" >&2
  for tool in "${order[@]}"; do
    bash -c "${prepare[$tool]:-true}"
    # "unchanged" must find its last build up to date: "edited" has edited a chapter since.
    [ "$tool" = unchanged ] && bash -c "${commands[$tool]}"
    case $tool in
      # The build ran in the daemon: its peak, over every build of this size so far.
      studyguide | unchanged | edited) bash -c "${commands[$tool]}"; rss=$(daemon_peak_rss) ;;
      *) rss=$(peak_rss "${commands[$tool]}") ;;
    esac
    # The files' bytes (du would add 4 KB for each of Hugo's one-folder-per-page directories).
    size=$(find "$dir/out-$tool" -type f -printf '%s\n' | awk '{ sum += $1 } END { print sum }')
    echo "$tool $rss $size"
  done > "$dir/memory.txt"
  python3 - "$n" "$dir/times.json" "$dir/memory.txt" >> "$work/table.md" <<'EOF'
import json, sys
n, times, memory = sys.argv[1], json.load(open(sys.argv[2]))["results"], open(sys.argv[3]).read().split("\n")
mean = {r["command"]: r["mean"] for r in times}
spread = {r["command"]: r["stddev"] or 0 for r in times}
extra = {line.split()[0]: line.split()[1:] for line in memory if line.strip()}
names = {"jbake": "JBake 2.7.0", "hugo": "Hugo 0.111", "studyguide": "`./studyguide build --no-cache` (build daemon)",
         "no-daemon": "`STUDYGUIDE_DAEMON=off ./studyguide build --no-cache`",
         "java-jar": "`java -jar studyguide.jar build --no-cache`",
         "edited": "`./studyguide build`, one chapter edited since its last build",
         "unchanged": "`./studyguide build`, nothing changed since its last build"}
for tool in ["jbake", "hugo", "studyguide", "no-daemon", "java-jar", "unchanged", "edited"]:
    if tool not in mean:
        print(f"| {int(n):,} | {names[tool]} | not run (one build takes minutes; PEERS_JBAKE_LARGE=1 runs it) | | | | |")
        continue
    rss, size = extra[tool]
    print(f"| {int(n):,} | {names[tool]} | {mean[tool]:.3f} s ± {spread[tool]:.3f} | "
          f"{mean[tool] / mean['studyguide']:.2f} | {mean[tool] / mean['hugo']:.1f} | {rss} MB | {int(size) / 1e6:.2f} MB |")
EOF
done
# Replace the section between the markers (or add it at the end), keeping the rest of the file.
python3 - "$results" "$work/table.md" <<'EOF'
import sys
path, table = sys.argv[1], open(sys.argv[2]).read()
begin, end = "<!-- peers.sh: begin -->", "<!-- peers.sh: end -->"
text = open(path).read()
section = f"{begin}\n## Peers: `bash bench/peers.sh`\n\n{table}{end}"
if begin in text:
    text = text[:text.index(begin)] + section + text[text.index(end) + len(end):]
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
EOF
cat "$work/table.md"
