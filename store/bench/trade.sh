#!/usr/bin/env bash
# Benchmark of the trade import against the pandas reference.
#
#   store/bench/trade.sh ROWS
#
# Generates a seeded, synthetic BACI-format year of ROWS rows (made-up numbers, BACI's layout), imports it
# with the shipped default mappings into a fresh seeded database and derives the shares (one run of
# `tenken trade import`, JVM start included, heap capped at 512 MB), then runs the pandas reference
# (Debian's /usr/bin/python3: read, filter to the mapped codes, group, divide; interpreter start included) on
# the same file and compares the shares. Last line:
#
#   rows=N tenken_s=T pandas_s=P ratio=R identical=true|false peak_heap_mb=M
#
# ratio = pandas_s / tenken_s (above 1: Tenken faster), wall-clock seconds; the CPU seconds of each side
# (user + system, every thread: the JVM's compiler and collector included) are printed on the line before. peak_heap_mb is the largest heap occupancy the JVM's
# GC log reports (before any collection, and at exit). The load average is printed: on a shared machine,
# compare runs made at low load. SKIP_BUILD=1 uses the jar as it is.
set -euo pipefail

ROWS="${1:?usage: store/bench/trade.sh ROWS}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${BENCH_DIR:-$ROOT/store/target/bench/rows-$ROWS}"
PYTHON=/usr/bin/python3
JAR="$ROOT/app/target/tenken.jar"
MAPPINGS="$ROOT/assets/src/main/resources/tenken/assets/seed/trade_mappings.csv"
mkdir -p "$WORK"

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
    (cd "$ROOT" && mvn -B -q -DskipTests package > "$WORK/maven.log" 2>&1) || { cat "$WORK/maven.log" >&2; exit 1; }
fi
if [ ! -f "$WORK/baci.csv" ] || [ "$(($(wc -l < "$WORK/baci.csv") - 1))" != "$ROWS" ]; then
    echo "generating $ROWS rows..." >&2
    "$PYTHON" "$HERE/generate_baci.py" "$ROWS" "$WORK"
fi
rm -f "$WORK"/bench.db* "$WORK/gc.log"
java -jar "$JAR" --db "$WORK/bench.db" check > /dev/null      # a fresh seeded database, not timed

seconds() { date +%s.%N; }
echo "load average before Tenken: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(seconds)
/usr/bin/time -o "$WORK/tenken.cpu" -f "%U %S" java -Xmx512m "-Xlog:gc,gc+heap+exit:file=$WORK/gc.log" -jar "$JAR" \
    --db "$WORK/bench.db" --lang en trade import "$WORK/baci.csv" --format baci --countries "$WORK/country_codes.csv" \
    2> "$WORK/progress.log"
tenken_s=$(echo "$(seconds) - $start" | bc)

echo "load average before pandas: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(seconds)
/usr/bin/time -o "$WORK/pandas.cpu" -f "%U %S" \
    "$PYTHON" "$HERE/baci_reference.py" "$WORK/baci.csv" "$WORK/country_codes.csv" "$MAPPINGS" "$WORK/pandas.csv"
pandas_s=$(echo "$(seconds) - $start" | bc)
cpu() { awk '{printf "%.2f", $1 + $2}' "$1"; }
echo "cpu seconds (user+sys, all threads): tenken=$(cpu "$WORK/tenken.cpu") pandas=$(cpu "$WORK/pandas.cpu")"

comparison=$("$PYTHON" "$HERE/compare_shares.py" "$WORK/bench.db" "$WORK/pandas.csv")
echo "$comparison" | head -1
identical=$(echo "$comparison" | tail -1)
# Heap occupancy: "GC(n) Pause ... 123M->45M(512M)" (before the arrow) and "used 12345K" at exit.
peak_heap_mb=$("$PYTHON" - "$WORK/gc.log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
peaks = [int(m) for m in re.findall(r"(\d+)M->\d+M\(\d+M\)", text)]
peaks += [int(k) // 1024 for line in text.splitlines() if "heap" in line and "total" in line
          for k in re.findall(r"used (\d+)K", line)]
print(max(peaks, default=0))
PY
)
printf 'rows=%s tenken_s=%.2f pandas_s=%.2f ratio=%.2f identical=%s peak_heap_mb=%s\n' "$ROWS" "$tenken_s" "$pandas_s" \
    "$(echo "$pandas_s / $tenken_s" | bc -l)" "$identical" "$peak_heap_mb"
