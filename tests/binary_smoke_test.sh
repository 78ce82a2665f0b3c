#!/usr/bin/env bash
# The real binary, as a user runs it: import the seed plan, show it, serve it over HTTP, stop.
# Usage: binary_smoke_test.sh PARINDEX_BINARY SEED_PLAN
set -euo pipefail
binary=$1
seed=$2
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
check() { if ! eval "$1"; then echo "FAILED: $2" >&2; exit 1; fi; }

db="$work/data/parindex.db"
"$binary" --db "$db" plan import "$seed" >"$work/import.out" 2>"$work/import.err"
check 'grep -q "50 nhiệm vụ" "$work/import.out"' "import prints the task count"
check 'grep -q "dòng 111" "$work/import.err"' "import warns about the continued row at line 111"

"$binary" --db "$db" plan show --json >"$work/plan.json"
check '[ "$(grep -c "\"code\":" "$work/plan.json")" -eq 75 ]' "plan show --json prints 75 nodes"

# Serve on a free port, read the port from the start-up line, then ask over plain bash TCP.
. "$(dirname "$0")/start_server.sh"
start_server "$binary" "$work/data"
port=${server_url##*:}
check '[ -n "$port" ]' "serve prints its address"

http_get() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
  cat <&3
  exec 3<&-
}
health=$(http_get /healthz)
check 'grep -q "HTTP/1.1 200" <<<"$health"' "GET /healthz answers 200"
plan=$(http_get /api/plan)
check 'grep -q "HTTP/1.1 200" <<<"$plan"' "GET /api/plan answers 200"
check 'grep -q "Phòng Văn hóa - Xã hội" <<<"$plan"' "the plan names the coordinating office"
missing=$(http_get /khong-co)
check 'grep -q "HTTP/1.1 404" <<<"$missing"' "an unknown path answers 404"

kill -TERM "$server_pid"
wait "$server_pid"
status=$?
server_pid=
check '[ "$status" -eq 0 ]' "the server stops cleanly on SIGTERM"
echo "binary smoke test: 8 passed, 0 failed"
