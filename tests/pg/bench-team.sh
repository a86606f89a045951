#!/usr/bin/env bash
# Team-mode benchmark (not a test): the same support export imported, and the same month's KPIs
# read, on SQLite and on PostgreSQL 15, in one run. Run it inside the private server:
#   tests/pg/with-postgres.sh tests/pg/bench-team.sh build/app/busola [ROWS]
# Prints a Markdown table: wall time, CPU time of busola itself, its peak RSS.
set -euo pipefail

busola=$(realpath "$1")
rows=${2:-200000}
[ -n "${BUSOLA_TEST_PG:-}" ] || { echo "run inside tests/pg/with-postgres.sh" >&2; exit 2; }

work=$(mktemp -d /tmp/busola-bench-team.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The columns of tests/bench/supportcsv.cpp, deterministic (awk's srand(1)).
awk -v n="$rows" 'BEGIN {
    srand(1);
    split("Telefon Chat E-mail Social", ch, " ");
    split("Ana Mihai Ioana Radu Elena Andrei Maria Vlad", ag, " ");
    split("N1 N2 Facturare Tehnic", tm, " ");
    print "Ticket ID,Created at,First response at,Resolved at,Channel,Agent,Team,Customer ID,Customer name,Contacts,Rating,Cost,Complaint";
    base = 1735689600; # 2025-01-01 UTC
    for (i = 0; i < n; i++) {
        c = base + int(rand() * 365 * 86400);
        f = c + 60 + int(rand() * 86400);
        r = f + int(rand() * 5 * 86400);
        cust = int(rand() * 20000);
        printf "T%07d,%s,%s,%s,%s,%s,%s,C%05d,Client %d,%d,%s,%d.%02d,%d\n", i,
            strftime("%Y-%m-%d %H:%M:%S", c, 1), strftime("%Y-%m-%d %H:%M:%S", f, 1),
            (rand() < 0.8 ? strftime("%Y-%m-%d %H:%M:%S", r, 1) : ""),
            ch[1 + int(rand() * 4)], ag[1 + int(rand() * 8)], tm[1 + int(rand() * 4)],
            cust, cust, 1 + int(rand() * 4), (rand() < 0.5 ? 1 + int(rand() * 5) : ""),
            5 + int(rand() * 40), int(rand() * 100), (rand() < 0.05 ? 1 : 0);
    }
}' >"$work/support.csv"

psql -q "$BUSOLA_TEST_PG" -c "CREATE SCHEMA bench_$$" >/dev/null
pg="${BUSOLA_TEST_PG}?schema=bench_$$"
sqlite="$work/bench.db"

# measure LABEL ARGS...: one row of the table.
measure() {
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$busola" "$@" >/dev/null 2>"$work/err" || {
        cat "$work/err" >&2
        exit 1
    }
    awk -v label="$label" '{ printf "| %s | %.1f s | %.1f s | %.1f MB |\n", label, $1, $2 + $3, $4 / 1024 }' \
        "$work/time"
}

echo "| $rows support rows | wall time | CPU time (busola) | peak RSS |"
echo "|---|---|---|---|"
measure "import, SQLite" import --db "$sqlite" "$work/support.csv"
measure "import, PostgreSQL 15" import --db "$pg" "$work/support.csv"
for period in 2025-06 2025; do
    measure "kpi --period $period, SQLite" kpi --db "$sqlite" --period "$period"
    measure "kpi --period $period, PostgreSQL 15" kpi --db "$pg" --period "$period"
done
