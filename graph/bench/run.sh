#!/usr/bin/env bash
# Benchmark of the analysis engine against the NetworkX reference.
#
#   graph/bench/run.sh SIZE [NETWORKX_COUNTRIES]
#
# SIZE multiplies the items of the target network (2,000 items x 4 tiers x 150 countries, 10 suppliers
# per item, 20 countries with own sourcing): 0.25, 0.5, 1, 2, 4. Generates the network (seeded), runs the
# Java analysis and all-country sweep, runs the NetworkX reference on the same files, compares the results
# within 1e-9 and prints as its last line:
#
#   ratio=R java_ms=J networkx_ms=N identical=true|false
#
# Times are computation only, best of several runs (JAVA_REPEATS, default 10; NetworkX 2). The machine's
# load average is printed with each side's times: on a shared machine, compare runs made at low load. The NetworkX sweep takes seconds per cut country, so
# it is timed on NETWORKX_COUNTRIES (default 5) cut countries spread over the list, and scaled to all of
# them; the results of those countries are compared in full. NETWORKX_COUNTRIES=0 runs them all.
set -euo pipefail

SIZE="${1:?usage: graph/bench/run.sh SIZE [NETWORKX_COUNTRIES]}"
COUNTRIES="${2:-5}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${BENCH_DIR:-$ROOT/graph/target/bench/size-$SIZE}"
mkdir -p "$WORK"

cd "$ROOT"
if ! mvn -B -q -pl graph -am test-compile \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
        -Dmdep.outputFile="$WORK/classpath.txt" > "$WORK/maven.log" 2>&1; then
    cat "$WORK/maven.log" >&2
    exit 1
fi
CLASSPATH="graph/target/classes:graph/target/test-classes:$(cat "$WORK/classpath.txt")"

java -cp "$CLASSPATH" tenken.graph.bench.Benchmark --size "$SIZE" --out "$WORK" --repeats "${JAVA_REPEATS:-10}"
python3 "$HERE/reference.py" "$WORK" --repeats 2 --countries "$COUNTRIES"
python3 "$HERE/compare.py" "$WORK"
