#!/usr/bin/env bash
# From a fresh Debian 12 machine to Busola on the demo company: installs what is missing,
# builds, builds the demo store once, and opens the window on it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/busola-ccache}"
build=build-release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUSOLA_BUILD_TESTS=OFF \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$build" -j2

store="${BUSOLA_DEMO_DB:-$HOME/.local/share/busola/demo.db}"
mkdir -p "$(dirname "$store")"
[ -s "$store" ] || "$build/app/busola" --demo --db "$store"
exec "$build/app/busola" --db "$store"
