#!/usr/bin/env bash
# Measures the packaged app (app/target/Tenken, built by mvn -B -Ppackage -DskipTests package) against
# the floor in the same run, and the shaded jar on the system Java beside it (README, "Installing on an
# offline workstation"). Needs Xvfb. Usage, from the repository root:
#
#   app/src/package/measure.sh [RUNS]        # default 5
#
# 1. Start-up, interleaved: each round starts, one after the other, the image with --timing, the image
#    with --timing-floor, the jar with --timing and the jar with --timing-floor, each in a real window on
#    one Xvfb screen (1920x1080), on the same seeded database; a window is closed once it has printed.
# 2. Whole-process exports of the semiconductor graph (the launcher, start to exit), image and jar.
# 3. The 2,000-node benchmark graph's first PowerPoint export in a fresh process (ExportBenchmark 0 cold
#    PPTX), on the image's runtime with its class-data-sharing archive, and on the system Java.
# Prints every figure, then medians and ranges.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
RUNS="${1:-5}"
IMAGE="$ROOT/app/target/Tenken"
JAR="$ROOT/app/target/tenken.jar"
WORK="$(mktemp -d)"
trap 'kill "$XVFB" 2>/dev/null || true; rm -rf "$WORK"' EXIT

Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$WORK/display" 2>/dev/null &
XVFB=$!
while [ ! -s "$WORK/display" ]; do sleep 0.2; done
export DISPLAY=":$(cat "$WORK/display")"
DB="$WORK/tenken.db"
"$IMAGE/bin/Tenken" check --db "$DB" >/dev/null

# start LABEL LINES ARGS...: one start; prints "LABEL ms ms" once LINES timing lines have appeared.
start() {
    local label="$1" lines="$2"; shift 2
    "$@" --lang en --db "$DB" >"$WORK/out" 2>&1 &
    local pid=$! waited=0
    while [ "$(grep -c '^Launch to\|^Bare JavaFX\|floor' "$WORK/out" || true)" -lt "$lines" ] && [ $waited -lt 1200 ]; do
        sleep 0.1; waited=$((waited + 1))
    done
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    echo "$label $(grep -o '[0-9]\+ ms' "$WORK/out" | grep -o '[0-9]\+' | tr '\n' ' ')"
    if grep -q 'Unsupported JavaFX configuration' "$WORK/out"; then echo "$label warned: unnamed module"; fi
}

for round in $(seq "$RUNS"); do
    start image-app 2 "$IMAGE/bin/Tenken" --timing
    start image-floor 1 "$IMAGE/bin/Tenken" --timing-floor
    start jar-app 2 java -jar "$JAR" --timing
    start jar-floor 1 java -jar "$JAR" --timing-floor
done | tee "$WORK/startup"

ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
for round in $(seq "$RUNS"); do
    for format in png svg pdf pptx; do
        echo "image-export-$format $(ms "$IMAGE/bin/Tenken" --db "$DB" export-graph --material semiconductors --out "$WORK/g.$format")"
        echo "jar-export-$format $(ms java -jar "$JAR" --db "$DB" export-graph --material semiconductors --out "$WORK/g.$format")"
    done
done | tee "$WORK/exports"

# The benchmark runs on the image's class path, in the launcher's order (the archive checks it), plus its own classes.
CP="$(sed -n 's/^app.classpath=\$APPDIR/'"${IMAGE//\//\\/}"'\/lib\/app/p' "$IMAGE/lib/app/Tenken.cfg" | paste -sd:)"
BENCH="$ROOT/views/report/target/test-classes"
for round in $(seq "$RUNS"); do
    echo "image-bench-pptx $("$IMAGE/lib/runtime/bin/java" -XX:SharedArchiveFile="$IMAGE/lib/app/tenken.jsa" -Djava.awt.headless=true \
        -cp "$CP:$BENCH" tenken.views.export.ExportBenchmark 0 cold PPTX | sed -n 's/^PPTX *cold *\([0-9]*\) ms.*/\1/p')"
    echo "jar-bench-pptx $(java -Djava.awt.headless=true -cp "$JAR:$BENCH" tenken.views.export.ExportBenchmark 0 cold PPTX \
        | sed -n 's/^PPTX *cold *\([0-9]*\) ms.*/\1/p')"
done | tee "$WORK/bench"

echo
echo "label: median (min–max) over runs, ms"
cat "$WORK/startup" "$WORK/exports" "$WORK/bench" | /usr/bin/python3 -c '
import sys, statistics, collections
series = collections.OrderedDict()
for line in sys.stdin:
    parts = line.split()
    if len(parts) < 2 or not parts[1].isdigit():
        continue
    names = [parts[0] + "-first-frame", parts[0] + "-data-shown"] if parts[0].endswith("-app") else [parts[0]]
    for name, value in zip(names, parts[1:]):
        series.setdefault(name, []).append(int(value))
for name, values in series.items():
    print(f"{name:28s} {statistics.median(values):7.0f}  ({min(values)}–{max(values)}, n={len(values)})")
floor = {k: statistics.median(v) for k, v in series.items()}
for arm in ("image", "jar"):
    f = floor.get(arm + "-floor")
    if f:
        for what in ("first-frame", "data-shown"):
            v = floor.get(f"{arm}-app-{what}")
            if v:
                print(f"{arm} {what} / floor: {v / f:.2f}")
'
