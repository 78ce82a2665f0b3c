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

. "$here/start_server.sh"
start_server "$binary" "$work" --demo --today 2025-11-20 --web-root "$web_dist"
url=$server_url

mkdir -p "$screenshots"
PARINDEX_URL=$url \
PARINDEX_STAFF_USER=canbo.ttpvhcc PARINDEX_STAFF_PASSWORD=canbott@2025 \
PARINDEX_COORDINATOR_USER=dieuphoi PARINDEX_COORDINATOR_PASSWORD=dieuphoi@2025 \
PARINDEX_VIEWER_USER=xem PARINDEX_VIEWER_PASSWORD=xem@2025 \
PARINDEX_SCREENSHOTS=$screenshots \
PARINDEX_BINARY=$binary PARINDEX_WEB_DIST=$web_dist \
  node --test "$here"/browser/*.test.mjs
