#!/usr/bin/env bash
# The whole test suite, headless, from a fresh Debian 12 machine: installs what is missing,
# builds with warnings as errors, runs every test. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/busola-ccache}"
# Paths relative to the checkout, so a fresh clone elsewhere still hits the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
build=build-test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUSOLA_WERROR=ON \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build" -j2

# The package a user installs: built, linted, installed with apt, run, removed.
bash packaging/check-package.sh "$build"

# Each libFuzzer harness for 60 s (clang; the corpora grow in build-fuzz between runs).
fuzz=build-fuzz
cmake -S . -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DBUSOLA_FUZZ=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
harnesses=(fuzz_xlsxreader fuzz_odsreader fuzz_xmlscanner fuzz_csvreader fuzz_valueparser)
cmake --build "$fuzz" -j2 --target "${harnesses[@]}"
HARNESSES="${harnesses[*]}" bash tests/fuzz/run-fuzzers.sh "$fuzz" 60

# The whole suite once more under AddressSanitizer + UndefinedBehaviorSanitizer (issue 13).
bash packaging/sanitize.sh

# Last, so that the runner's summary closes the output. The *_pg suites run against a private
# PostgreSQL 15 server that the wrapper starts and removes (team mode, issue 14).
cd "$build"
bash ../tests/pg/with-postgres.sh ctest --output-on-failure -j2
