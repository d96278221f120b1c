#!/usr/bin/env bash
# Takes the screenshot tour of issue 13: every screen in Japanese and English, normal and projector, on a
# fresh seeded database, in a real window under Xvfb at 1920x1080 (needs xvfb, xauth, libgtk-3-0,
# imagemagick, xdotool). The scenario screen is shown with its first preset (China's 2023 export
# controls) applied, and also as it opens (scenario-start*.png); in projector mode the results are one page
# that scrolls, the table (scenario[-en]-projector.png) above the graph, the end of the table with its note on
# thin data (scenario[-en]-projector-end.png: the first PageDown), and its graph's pages too
# (scenario[-en]-projector-page1.png ... -page4.png, or the pages PAGES lists: the next PageDown scrolls the
# graph into view, the ones after it turn its pages; a page past the graph's last shows the next screen, so keep
# only the pages there are: three in Japanese, four in English for China 2023), which show the semiconductor
# materials hit through gallium and germanium with the chain from China (page 2), then the logic semiconductors
# they reach (in English on two pages: their names are longer).
#
#   mvn -B -q -DskipTests package && docs/screenshots/take.sh [SCREEN ...]
#   LANGS=ja MODES=normal docs/screenshots/take.sh overview     # only some of the tour
#
# File names: SCREEN[-en][-projector].png — the Japanese ones are the README's (overview.png,
# overview-projector.png, ...). WAIT is the seconds a window gets to load before the picture (raise it on
# a busy machine: the picture must not show 読み込み中).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/docs/screenshots"
DB="$(mktemp -d)/tenken.db"
WAIT="${WAIT:-15}"
LANGS="${LANGS:-ja en}"
MODES="${MODES:-normal projector}"
PAGES="${PAGES:-1 2 3 4}"
screens=("${@:-overview catalogue dependency chokepoint scenario assessment followup strengths}")

shoot() { # NAME "X Y" (a click after the wait, or "") PAGEDOWNS ARGS...
    local name="$1" click="$2" pagedowns="$3"; shift 3
    local then=""
    if [ -n "$click" ]; then
        then="xdotool mousemove $click click 1; sleep 8;"
    fi
    if [ "$pagedowns" -gt 0 ]; then
        # The pages are made after the run (seconds on a busy machine): a key pressed before turns nothing.
        then="$then sleep 15;"
    fi
    for _ in $(seq 1 "$pagedowns"); do
        then="$then xdotool key Next; sleep 3;"
    done
    xvfb-run -a -s '-screen 0 1920x1080x24' sh -c \
        "java -jar '$ROOT/app/target/tenken.jar' --db '$DB' $* & pid=\$!; sleep $WAIT; $then import -window root '$OUT/$name.png'; kill \$pid" \
        >/dev/null 2>&1
    echo "$OUT/$name.png"
}

for lang in $LANGS; do
    for mode in $MODES; do
        suffix="" args="--lang $lang"
        [ "$lang" = en ] && suffix="-en"
        [ "$mode" = projector ] && suffix="$suffix-projector" && args="$args --presentation"
        for screen in ${screens[*]}; do
            material="" click=""
            case "$screen" in
                dependency) material="--material 'storage batteries'" ;;
                chokepoint) material="--material gallium" ;;
                # The first preset button (China 2023), at the top of the controls on the left.
                scenario) if [ "$mode" = projector ]; then click="250 260"; else click="310 136"; fi
                          shoot "scenario-start$suffix" "" 0 --screen scenario $args
                          if [ "$mode" = projector ]; then
                              # PageDown first shows the end of the table and its note, then the graph's page 1.
                              shoot "scenario$suffix-end" "$click" 1 --screen scenario $args
                              for page in $PAGES; do
                                  shoot "scenario$suffix-page$page" "$click" "$((page + 1))" --screen scenario $args
                              done
                          fi ;;
            esac
            shoot "$screen$suffix" "$click" 0 --screen "$screen" $material $args
        done
    done
done
