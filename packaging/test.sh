#!/usr/bin/env bash
# The whole test suite, headless, from a fresh Debian 12 machine: installs what is missing,
# builds with warnings as errors, runs every test. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/busola-ccache}"
build=build-test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUSOLA_WERROR=ON \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build" -j2

# The package a user installs: built, linted, installed with apt, run, removed.
bash packaging/check-package.sh "$build"

# Last, so that the runner's summary closes the output. The *_pg suites run against a private
# PostgreSQL 15 server that the wrapper starts and removes (team mode, issue 14).
cd "$build"
bash ../tests/pg/with-postgres.sh ctest --output-on-failure -j2
