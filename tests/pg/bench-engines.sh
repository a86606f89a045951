#!/usr/bin/env bash
# Benchmark (not a test): issue 14's "import and KPI benchmarks on PostgreSQL beside SQLite, in
# one run". Run it inside the private server, with a build configured -DBUSOLA_BUILD_BENCH=ON:
#   tests/pg/with-postgres.sh tests/pg/bench-engines.sh BUILD [ROWS] [KPI_TICKETS] [KPI_DEALS]
# 1. tests/bench/bench_import: ROWS support rows (default 200,000) imported by `busola import`
#    into a new SQLite store and into a new team-store schema (and the sqlite3 shell's .import
#    of the same file, the baseline of issue 3);
# 2. tests/bench/kpi_bench_generate + kpi_bench: the KPI benchmark store (default 200,000
#    tickets and 40,000 deals over 36 months) written on both engines, then the KPI queries
#    timed on both. Prints the raw outputs, then a Markdown table with PostgreSQL/SQLite ratios.
set -euo pipefail

build=$(realpath "$1")
rows=${2:-200000}
tickets=${3:-200000}
deals=${4:-40000}
[ -n "${BUSOLA_TEST_PG:-}" ] || { echo "run inside tests/pg/with-postgres.sh" >&2; exit 2; }
bench=$build/tests/bench
busola=$build/app/busola
for program in bench_import kpi_bench_generate kpi_bench; do
    [ -x "$bench/$program" ] || { echo "$bench/$program: build it (-DBUSOLA_BUILD_BENCH=ON)" >&2; exit 2; }
done

work=$(mktemp -d /tmp/busola-bench-engines.XXXXXX)
trap 'rm -rf "$work"' EXIT
schema() {
    psql -q "$BUSOLA_TEST_PG" -c "CREATE SCHEMA $1" >/dev/null
    echo "${BUSOLA_TEST_PG}?schema=$1"
}

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== import: $rows support rows"
"$bench/bench_import" --rows "$rows" --dir "$work" --busola "$busola" \
    --pg "$(schema bench_import_$$)" | tee "$work/import.txt"

echo "== KPI store: $tickets tickets, $deals deals"
"$bench/kpi_bench_generate" "$work/kpi.db" "$tickets" "$deals" | tee "$work/gen-sqlite.txt"
kpipg=$(schema bench_kpi_$$)
"$bench/kpi_bench_generate" "$kpipg" "$tickets" "$deals" | tee "$work/gen-pg.txt"
echo "== KPI queries, SQLite"
"$bench/kpi_bench" "$work/kpi.db" "$busola" | tee "$work/kpi-sqlite.txt"
echo "== KPI queries, PostgreSQL"
"$bench/kpi_bench" "$kpipg" "$busola" | tee "$work/kpi-pg.txt"
echo "== end $(date -u '+%H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

# value FILE PATTERN: the first number after PATTERN's colon on the line that has it.
value() {
    grep -F -- "$2" "$1" | head -1 | sed -E 's/.*: *([0-9.]+) .*/\1/'
}
field() { # field FILE LABEL rows/s|CPU: from bench_import's line of LABEL
    grep -F -- "$2" "$1" | head -1 | awk -v f="$3" '{
        for (i = 1; i <= NF; i++) {
            if (f == "rows/s" && $i == "rows/s") { print $(i - 1); exit }
            if (f == "CPU" && $i == "CPU") { print $(i + 1); exit }
        } }'
}
row() { # row LABEL SQLITE PG UNIT
    awk -v l="$1" -v s="$2" -v p="$3" -v u="$4" \
        'BEGIN { printf "| %s | %s %s | %s %s | %.2f |\n", l, s, u, p, u, (s > 0 ? p / s : 0) }'
}
gen_rate() { sed -E 's/.*, ([0-9]+) rows\/s.*/\1/' "$1"; }
echo
echo "| $rows rows import / KPI store of $tickets tickets + $deals deals | SQLite | PostgreSQL 15 | PG ÷ SQLite |"
echo "|---|---|---|---|"
row "busola import, rows/s (wall)" "$(field "$work/import.txt" "busola import " rows/s)" \
    "$(field "$work/import.txt" "busola import, PostgreSQL" rows/s)" ""
row "busola import, CPU time of busola" "$(field "$work/import.txt" "busola import " CPU)" \
    "$(field "$work/import.txt" "busola import, PostgreSQL" CPU)" s
row "StoreWriter in process (kpi_bench_generate), rows/s" "$(gen_rate "$work/gen-sqlite.txt")" \
    "$(gen_rate "$work/gen-pg.txt")" ""
for label in "ten KPIs, one month, both comparisons" "same with --filter channel=phone" \
    "response_time by agent" "36-month series of all ten" "busola kpi --period"; do
    row "$label" "$(value "$work/kpi-sqlite.txt" "$label")" "$(value "$work/kpi-pg.txt" "$label")" ms
done
