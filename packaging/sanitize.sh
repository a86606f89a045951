#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, in build-sanitize.
# The tests' environment, set by BUSOLA_SANITIZE, makes any report fail them. -O1 and shallow
# debug info keep the build and the run short; benches are not built. packaging/test.sh runs it
# (README, Reliability); the _pg twins skip here, as no server is started.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/busola-ccache}"
# Paths relative to the checkout, so a fresh clone elsewhere still hits the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
san=build-sanitize
cmake -S . -B "$san" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DBUSOLA_SANITIZE=ON -DBUSOLA_BUILD_BENCH=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$san" -j2
(cd "$san" && ctest --output-on-failure -j2)
