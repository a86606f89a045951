#!/usr/bin/env bash
# Runs a command with a private, throw-away PostgreSQL 15 server:
#   tests/pg/with-postgres.sh ctest --output-on-failure
# The server lives in a temporary folder under /tmp (data, unix socket, log), listens on a free
# private TCP port of 127.0.0.1 only, and is stopped and deleted when the command ends, whatever
# way it ends. The command sees BUSOLA_TEST_PG=postgresql://busola@127.0.0.1:PORT/postgres, a
# superuser without a password; the *_pg test variants create their own databases there.
# initdb refuses to run as root: as root the server runs as the `postgres` user.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
    echo "with-postgres.sh: PostgreSQL 15 is not installed (apt-get install postgresql-15)" >&2
    exit 1
fi
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

root=$(mktemp -d /tmp/busola-pg.XXXXXX)
run_as=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$root"
    run_as=(runuser -u postgres --)
fi

free_port() {
    local port
    for port in $(shuf -i 20000-29999 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}
port=$(free_port)

stop() {
    "${run_as[@]}" "$bin/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$root"
}
trap stop EXIT
trap 'exit 130' INT TERM

"${run_as[@]}" "$bin/initdb" -D "$root/data" -U busola --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
# Password logins (roles of `busola team init`) over TCP; the superuser "busola" without one.
# A test server only: durability off, so the suites run at the speed of the machine.
cat >"$root/data/pg_hba.conf" <<EOF
local all all trust
host all busola 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
EOF
"${run_as[@]}" "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
    -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
    start >/dev/null || { cat "$root/server.log" >&2; exit 1; }

export BUSOLA_TEST_PG="postgresql://busola@127.0.0.1:$port/postgres"
echo "with-postgres.sh: PostgreSQL 15 at $BUSOLA_TEST_PG" >&2
set +e
"$@"
status=$?
set -e
exit $status
