#!/usr/bin/env bash
# Builds the .deb from a configured build folder, installs it with apt as a user would, runs
# the installed busola against a temporary store, lints it, and removes it again.
# Usage: packaging/check-package.sh BUILD_DIR
set -euo pipefail
build="$1"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

rm -f "$build"/busola_*.deb
cmake --build "$build" --target package -j2 > "$build/package.log"
deb=$(ls "$build"/busola_*.deb)
echo "package: $deb"

if command -v lintian > /dev/null; then
    lintian --fail-on error "$deb" 2>&1 | grep -v "running with root privileges" || true
fi
desktop-file-validate packaging/ro.busola.Busola.desktop
appstreamcli validate --no-net packaging/ro.busola.Busola.metainfo.xml > /dev/null
# The screenshots AppStream names are published from docs/: each must exist there.
for shot in $(grep -o 'screenshots/[^<]*\.png' packaging/ro.busola.Busola.metainfo.xml); do
    test -s "docs/${shot#screenshots/}" || { echo "missing screenshot docs/${shot#screenshots/}"; exit 1; }
done

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 \
    --reinstall "$(readlink -f "$deb")" > "$build/package-install.log"
trap '$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q busola > /dev/null' EXIT

tmp=$(mktemp -d)
/usr/bin/busola --version
QT_QPA_PLATFORM=offscreen /usr/bin/busola --demo --db "$tmp/demo.db" > "$tmp/demo.log"
test "$(sqlite3 "$tmp/demo.db" 'pragma integrity_check')" = ok
if /usr/bin/busola --help | grep -q '^  report'; then
    QT_QPA_PLATFORM=offscreen /usr/bin/busola report --db "$tmp/demo.db" \
        --period "$(date -d 'last month' +%Y-%m)" -o "$tmp/report.pdf"
    test -s "$tmp/report.pdf"
fi
rm -rf "$tmp"
echo "installed package: ok"
