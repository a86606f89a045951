#!/usr/bin/env bash
# Runs each libFuzzer harness of a -DBUSOLA_FUZZ=ON build for SECONDS seconds, growing its
# corpus under BUILD_DIR/tests/fuzz/corpus/<harness>; crashes land in BUILD_DIR/tests/fuzz/
# artifacts/. Prints each harness's exec count. Exit status: non-zero if any harness failed.
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS
set -uo pipefail
build=${1:?usage: run-fuzzers.sh BUILD_DIR SECONDS}
seconds=${2:?usage: run-fuzzers.sh BUILD_DIR SECONDS}
fuzzdir="$build/tests/fuzz"
mkdir -p "$fuzzdir/artifacts"
status=0
for harness in ${HARNESSES:-fuzz_xlsxreader fuzz_odsreader fuzz_xmlscanner fuzz_csvreader fuzz_valueparser}; do
    exe="$fuzzdir/$harness"
    [ -x "$exe" ] || { echo "missing $exe (configure with -DBUSOLA_FUZZ=ON and build it)"; exit 2; }
    log="$fuzzdir/$harness.log"
    # One worker: these machines have two cores shared with everything else. Inputs are capped
    # at 64 KiB; a row of a million fields is a fixture test, not a fuzz input.
    QT_QPA_PLATFORM=offscreen "$exe" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$fuzzdir/artifacts/$harness-" \
        "$fuzzdir/corpus/$harness" >"$log" 2>&1
    rc=$?
    execs=$(grep -o '^Done [0-9]* runs' "$log" | grep -o '[0-9]*' | tail -1)
    [ -n "$execs" ] || execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
    echo "$harness: ${seconds} s, ${execs:-?} executions, exit $rc (log: $log)"
    [ $rc -eq 0 ] || { status=1; tail -40 "$log"; }
done
exit $status
