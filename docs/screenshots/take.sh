#!/usr/bin/env bash
# Takes the README's screenshots of every screen, normal and projector, on a fresh seeded database,
# in a real window under Xvfb at 1920x1080 (needs xvfb, xauth, libgtk-3-0, imagemagick, xdotool).
# The scenario screen is shown with its first preset (China's 2023 export controls) applied.
#
#   mvn -B -q -DskipTests package && docs/screenshots/take.sh [SCREEN ...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/docs/screenshots"
DB="$(mktemp -d)/tenken.db"
WAIT="${WAIT:-15}"
screens=("${@:-overview catalogue dependency chokepoint scenario}")

shoot() { # NAME "X Y" (a click after the wait, or "") ARGS...
    local name="$1" click="$2"; shift 2
    local then=""
    if [ -n "$click" ]; then
        then="xdotool mousemove $click click 1; sleep 8;"
    fi
    xvfb-run -a -s '-screen 0 1920x1080x24' sh -c \
        "java -jar '$ROOT/app/target/tenken.jar' --db '$DB' $* & pid=\$!; sleep $WAIT; $then import -window root '$OUT/$name.png'; kill \$pid" \
        >/dev/null 2>&1
    echo "$OUT/$name.png"
}

for screen in ${screens[*]}; do
    material="" click="" clickProjector=""
    case "$screen" in
        dependency) material="--material 'storage batteries'" ;;
        chokepoint) material="--material gallium" ;;
        scenario) click="310 136" clickProjector="299 241" ;;
    esac
    shoot "$screen" "$click" --screen "$screen" $material
    shoot "$screen-projector" "$clickProjector" --screen "$screen" $material --presentation
done
