#!/usr/bin/env bash
# Import benchmark: generates a shares file of ROWS rows over the shipped materials and countries, then
# imports it with the real command line in a fresh JVM capped at 512 MB of heap, twice: into a fresh
# database (first line) and again over the same groups (the replace path). Measures wall time and peak
# resident memory with /usr/bin/time -v. The last line is the fresh import:
#   rows=N seconds=S rows_per_s=R peak_rss_mb=M
# Usage: store/bench/import.sh ROWS        (builds app/target/tenken.jar when it is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:?usage: store/bench/import.sh ROWS}
jar=${TENKEN_JAR:-app/target/tenken.jar}   # TENKEN_JAR=other.jar compares another build
if [ ! -f "$jar" ] && [ -z "${TENKEN_JAR:-}" ]; then
    mvn -B -q -DskipTests package >/tmp/tenken-import-bench-build.log 2>&1 || { cat /tmp/tenken-import-bench-build.log; exit 1; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$rows" "$work/shares.csv" <<'PY'
import csv, sys
rows, out = int(sys.argv[1]), sys.argv[2]
seed = "assets/src/main/resources/tenken/assets/seed/"
materials = [r["key"] for r in csv.DictReader(open(seed + "materials.csv", encoding="utf-8"))]
stages = [r["key"] for r in csv.DictReader(open(seed + "stages.csv", encoding="utf-8"))]
countries = [r["iso3"] for r in csv.DictReader(open(seed + "countries.csv", encoding="utf-8")) if r["aggregate"] == "0"]
suppliers = countries[:50]  # 50 suppliers of 0.02 each: every group sums to 1.0
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["material", "stage", "country_iso3", "share", "year", "source", "consumer_iso3"])
    n = 0
    for consumer in ["WLD"] + countries:
        for year in range(1900, 2101):
            for material in materials:
                for stage in stages:
                    for supplier in suppliers:
                        if n == rows:
                            sys.exit(0)
                        w.writerow([material, stage, supplier, "0.02", year,
                                    "USGS Mineral Commodity Summaries 2025, synthetic benchmark row", consumer])
                        n += 1
PY

db="$work/bench.db"
java -jar "$jar" --db "$db" check >/dev/null   # create and seed outside the measurement

measure() {
    /usr/bin/time -v java -Xmx512m -jar "$jar" --db "$db" import "$work/shares.csv" >"$work/out" 2>"$work/time" || {
        cat "$work/out" "$work/time" >&2; exit 1; }
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    awk -v rows="$rows" -v s="$seconds" -v kb="$rss_kb" -v prefix="$1" \
        'BEGIN {printf "%srows=%d seconds=%.2f rows_per_s=%d peak_rss_mb=%d\n", prefix, rows, s, rows / s, kb / 1024}'
}
fresh=$(measure "")
replace=$(measure "replace: ")
echo "$replace"
echo "$fresh"
