# Sourced by the tests that need a running parindex: starts it in the background on a free port
# and sets $server_url and $server_pid; the caller's EXIT trap stops it.
# Usage: start_server BINARY WORK_DIR [serve options...]
start_server() {
  local binary=$1 work=$2
  shift 2
  "$binary" --db "$work/parindex.db" serve --port 0 "$@" >"$work/serve.out" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 200); do
    grep -q "http://" "$work/serve.out" 2>/dev/null && break
    sleep 0.1
  done
  server_url=$(sed -n 's|.*\(http://127.0.0.1:[0-9]*\)/.*|\1|p' "$work/serve.out")
  if [ -z "$server_url" ]; then
    cat "$work/serve.out" >&2
    return 1
  fi
}
