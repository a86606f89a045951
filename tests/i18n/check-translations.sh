#!/usr/bin/env bash
# Fails when a catalogue is not complete: lupdate is run over the sources into a temporary
# copy of each .ts; the copy must hold the same entries as the committed file (none missing,
# none vanished), and every entry must be finished (tstool.py check: also the number of plural
# forms and comma-below ș ț in Romanian). The fix is translations/tools/refresh.sh.
# Usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate="$1"
src="$2"
tool="$src/translations/tools/tstool.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in busola_ro.ts busola_en.ts; do
    cp "$src/translations/$ts" "$tmp/$ts"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h app models ui \
        -ts "$tmp/$ts" > "$tmp/lupdate.log" 2>&1) || { cat "$tmp/lupdate.log"; exit 1; }
    if ! python3 "$tool" compare "$src/translations/$ts" "$tmp/$ts"; then
        echo "translations/$ts is out of date with the sources: run translations/tools/refresh.sh"
        status=1
    fi
done
python3 "$tool" check "$src/translations/busola_ro.ts" "$src/translations/busola_en.ts" \
    "$src/translations/qtbase_ro.ts" || status=1
[ $status -eq 0 ] && echo "translations complete"
exit $status
