#!/usr/bin/env bash
# Province benchmark (issue 7): N wards of M dossiers a year in one PostgreSQL database, the
# province ranking and one ward's indicators, beside the same ward in a SQLite file
# (bench/README.md). It builds nothing: pass the build directory of a release build. It starts a
# throwaway PostgreSQL server (scripts/test-postgres, durability off) in /tmp, runs the
# province_bench program against a fresh database on it, and stops the server however the script
# ends. It prints figures only; the exit status is 0, or 2 when the run cannot start or finish.
#
# Usage: bench/province_bench.sh [build dir]          (default build/release)
# Environment:
#   PROVINCE_BENCH_WARDS     number of wards (default 92)
#   PROVINCE_BENCH_DOSSIERS  dossiers per ward and year (default 25000)
#   PROVINCE_BENCH_SEED      seed of the generated data (default 1)
#   PROVINCE_BENCH_PORT      port of the throwaway server (default 55720)

set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SCRIPT_DIR
readonly BUILD_DIR="${1:-$SCRIPT_DIR/../build/release}"
readonly BINARY="$BUILD_DIR/bench/province_bench"
readonly WARDS="${PROVINCE_BENCH_WARDS:-92}"
readonly DOSSIERS="${PROVINCE_BENCH_DOSSIERS:-25000}"
readonly SEED="${PROVINCE_BENCH_SEED:-1}"
readonly PORT="${PROVINCE_BENCH_PORT:-55720}"
readonly DATABASE=parindex_bench

die() {
    echo "province_bench: $*" >&2
    exit 2
}

for setting in WARDS DOSSIERS SEED PORT; do
    [[ "${!setting}" =~ ^[1-9][0-9]*$ ]] || die "PROVINCE_BENCH_$setting must be a positive number"
done
[[ -x "$BINARY" ]] || die "no executable at $BINARY; build it with:
  make build PRESET=release TARGET=province_bench"
command -v psql > /dev/null || die "psql is missing; install it with: apt-get install postgresql"

# The server's folder must be reachable by the postgres user when root runs it: /tmp.
SERVER_DIR="/tmp/parindex-province-bench-$$"
WORK_DIR="$(mktemp -d -t parindex-province-bench.XXXXXX)"
cleanup() {
    "$SCRIPT_DIR/../scripts/test-postgres" stop "$SERVER_DIR" > /dev/null 2>&1 || true
    rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ADMIN_URL="$("$SCRIPT_DIR/../scripts/test-postgres" start "$SERVER_DIR" "$PORT")" ||
    die "the throwaway PostgreSQL server did not start on port $PORT"
psql "$ADMIN_URL" --quiet --no-psqlrc --set ON_ERROR_STOP=1 --command \
    "CREATE DATABASE $DATABASE TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'" ||
    die "cannot create the database $DATABASE"
readonly URL="${ADMIN_URL%/*}/$DATABASE"

echo "  machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory"
echo "  server:  $(psql "$URL" --no-psqlrc --tuples-only --no-align --command 'SHOW server_version'), throwaway on 127.0.0.1:$PORT," \
    "fsync=off synchronous_commit=off full_page_writes=off (scripts/test-postgres)"
"$BINARY" --wards "$WARDS" --dossiers "$DOSSIERS" --seed "$SEED" "$URL" "$WORK_DIR/ward.db"
