#!/usr/bin/env bash
# Takes the README's screenshots of every screen, normal and projector, on a fresh seeded database,
# in a real window under Xvfb at 1920x1080 (needs xvfb, xauth, libgtk-3-0, imagemagick).
#
#   mvn -B -q -DskipTests package && docs/screenshots/take.sh [SCREEN ...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/docs/screenshots"
DB="$(mktemp -d)/tenken.db"
WAIT="${WAIT:-15}"
screens=("${@:-overview catalogue dependency chokepoint scenario}")

shoot() { # NAME ARGS...
    local name="$1"; shift
    xvfb-run -a -s '-screen 0 1920x1080x24' sh -c \
        "java -jar '$ROOT/app/target/tenken.jar' --db '$DB' $* & pid=\$!; sleep $WAIT; import -window root '$OUT/$name.png'; kill \$pid" \
        >/dev/null 2>&1
    echo "$OUT/$name.png"
}

for screen in ${screens[*]}; do
    material=""
    case "$screen" in
        dependency) material="--material 'storage batteries'" ;;
        chokepoint) material="--material gallium" ;;
    esac
    shoot "$screen" --screen "$screen" $material
    shoot "$screen-projector" --screen "$screen" $material --presentation
done
