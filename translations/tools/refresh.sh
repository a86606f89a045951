#!/usr/bin/env bash
# Brings the catalogues up to date after source strings changed (e.g. after merging branches):
#   1. lupdate over the sources (the update_translations target): new strings come in as
#      unfinished, strings no longer in the sources go;
#   2. every Romanian table translations/tools/*_ro.json is applied to busola_ro.ts (in name
#      order; a later table wins), and busola_en.ts gets its English (fill-en; en_plurals.json for
#      plural strings whose English singular is more than dropping "(s)");
#   3. qtbase_ro.ts is rebuilt from the qtbase_ro_*.json tables;
#   4. lupdate once more, so the files keep lupdate's own formatting (small diffs);
#   5. the check the test suite runs: exit 1 with the list of what is still untranslated.
# Usage: translations/tools/refresh.sh [BUILD_DIR]   (default: ./build, already configured)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
tools="$root/translations/tools"
cd "$root"

cmake --build "$build" --target update_translations > /dev/null
for table in "$tools"/*_ro.json; do
    case "$(basename "$table")" in
    qtbase_ro_*) ;;
    *) python3 "$tools/tstool.py" apply translations/busola_ro.ts "$table" ;;
    esac
done
python3 "$tools/tstool.py" fill-en translations/busola_en.ts "$tools/en_plurals.json"
python3 "$tools/make_qtbase_ro.py" translations/qtbase_ro.ts "$tools"/qtbase_ro_*.json
cmake --build "$build" --target update_translations > /dev/null

if ! python3 "$tools/tstool.py" check translations/busola_ro.ts translations/busola_en.ts \
    translations/qtbase_ro.ts; then
    echo
    echo "Still untranslated: add these to a translations/tools/*_ro.json table and run again:"
    python3 "$tools/tstool.py" todo translations/busola_ro.ts
    exit 1
fi
echo "catalogues complete"
