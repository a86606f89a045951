#!/usr/bin/env bash
# Fails when a catalogue is not complete: lupdate is run over the sources into a temporary
# copy of each .ts; the copy must equal the committed file (no missing or vanished entries)
# and every entry must be finished.
# Usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate="$1"
src="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in busola_ro.ts busola_en.ts; do
    cp "$src/translations/$ts" "$tmp/$ts"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h app models ui \
        -ts "$tmp/$ts")
    if ! diff -u "$src/translations/$ts" "$tmp/$ts" > "$tmp/$ts.diff"; then
        echo "translations/$ts is out of date with the sources (run the update_translations target):"
        grep -E '^[+-] *<source>' "$tmp/$ts.diff" | head -40
        status=1
    fi
done
python3 "$src/translations/tools/tstool.py" check "$src/translations/busola_ro.ts" \
    "$src/translations/busola_en.ts" "$src/translations/qtbase_ro.ts" || status=1
[ $status -eq 0 ] && echo "translations complete"
exit $status
