#!/usr/bin/env bash
# Dossier benchmark: parindex's import, snapshot and indicator engine against the sqlite3 shell
# on the same generated CSV (bench/README.md). It builds nothing: pass the build directory of a
# release build. It prints the figures and whether each target is met; a missed target does not
# change the exit status (0), only a run that cannot start or finish does (2).
#
# Usage: bench/dossier_bench.sh [build dir]          (default build/release)
# Environment:
#   DOSSIER_BENCH_COUNT  number of dossiers (default 2000000)
#   DOSSIER_BENCH_DIR    where the CSV files and databases go (default: a fresh temporary
#                        folder, removed at the end; about 1 GiB for 2 million dossiers)
#   SQLITE3              the sqlite3 shell (default: sqlite3 on the PATH)

set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SCRIPT_DIR
readonly BUILD_DIR="${1:-$SCRIPT_DIR/../build/release}"
readonly BINARY="$BUILD_DIR/bench/dossier_bench"
readonly COUNT="${DOSSIER_BENCH_COUNT:-2000000}"
readonly SQLITE3="${SQLITE3:-sqlite3}"

die() {
    echo "dossier_bench: $*" >&2
    exit 2
}

[[ "$COUNT" =~ ^[1-9][0-9]*$ ]] || die "DOSSIER_BENCH_COUNT must be a positive number"
[[ -x "$BINARY" ]] || die "no executable at $BINARY; build it with:
  cmake --preset release && cmake --build --preset release --target dossier_bench"
command -v "$SQLITE3" > /dev/null || die "$SQLITE3 is missing; install it with: apt-get install sqlite3"

if [[ -n "${DOSSIER_BENCH_DIR:-}" ]]; then
    WORK_DIR="$DOSSIER_BENCH_DIR"
    mkdir -p "$WORK_DIR"
else
    WORK_DIR="$(mktemp -d -t parindex-dossier-bench.XXXXXX)"
    trap 'rm -rf "$WORK_DIR"' EXIT
fi

echo "  machine: $(nproc) cores, $("$SQLITE3" --version | cut -d ' ' -f 1) sqlite3 shell"
"$BINARY" "$COUNT" "$WORK_DIR" "$SQLITE3"
