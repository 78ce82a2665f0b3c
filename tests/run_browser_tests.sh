#!/usr/bin/env bash
# Runs the browser tests (tests/browser/, playwright-core driving Debian's Chromium) against a
# real parindex serving the built web application on a fresh demo database.
# Usage: run_browser_tests.sh PARINDEX_BINARY WEB_DIST SCREENSHOT_DIR
set -euo pipefail
binary=$1
web_dist=$2
screenshots=$3
here=$(cd "$(dirname "$0")" && pwd)
[ -f "$web_dist/index.html" ] || { echo "no built web application in $web_dist: run make web" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "/usr/bin/chromium is missing: run scripts/install-deps" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$binary" --db "$work/parindex.db" serve --demo --today 2025-11-20 --web-root "$web_dist" --port 0 \
  >"$work/serve.out" 2>&1 &
server_pid=$!
for _ in $(seq 1 200); do
  grep -q "http://" "$work/serve.out" 2>/dev/null && break
  sleep 0.1
done
url=$(sed -n 's|.*\(http://127.0.0.1:[0-9]*\)/.*|\1|p' "$work/serve.out")
[ -n "$url" ] || { cat "$work/serve.out" >&2; exit 1; }

mkdir -p "$screenshots"
PARINDEX_URL=$url \
PARINDEX_STAFF_USER=canbo.ttpvhcc PARINDEX_STAFF_PASSWORD=canbott@2025 \
PARINDEX_COORDINATOR_USER=dieuphoi PARINDEX_COORDINATOR_PASSWORD=dieuphoi@2025 \
PARINDEX_SCREENSHOTS=$screenshots \
  node --test "$here"/browser/*.test.mjs
