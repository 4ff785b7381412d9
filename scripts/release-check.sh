#!/usr/bin/env bash
# Starts an assembled release (scripts/release.sh build DIR) as the container
# runs it — production mode, an empty data folder, production dependencies only —
# and checks what a self-hoster relies on: it becomes ready, serves the web app
# and the API, seeds no demo workspace, and stops cleanly on SIGTERM.
#   scripts/release-check.sh DIR
set -euo pipefail
release="$(cd "${1:?usage: scripts/release-check.sh DIR}" && pwd)"
work="$(mktemp -d)"
trap 'kill -9 "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "release check FAILED: $*" >&2; echo "--- server output" >&2; cat "$work/server.log" >&2; exit 1; }

for tool in tsx vite esbuild vitest typescript; do
  [ ! -e "$release/node_modules/$tool" ] || fail "the development dependency $tool is in the release"
done

port=$(node -e 'const s = require("node:net").createServer().listen(0, () => { console.log(s.address().port); s.close(); })')
NODE_ENV=production DATA_DIR="$work/data" PORT="$port" HOST=127.0.0.1 LOG_LEVEL=warn \
  "$release/release.sh" start >"$work/server.log" 2>&1 &
pid=$!

started=$(date +%s%N)
until PORT="$port" "$release/release.sh" healthcheck; do
  kill -0 "$pid" 2>/dev/null || fail "the server exited while starting"
  [ $(( ($(date +%s%N) - started) / 1000000000 )) -lt 30 ] || fail "not ready within 30 s"
  sleep 0.2
done
echo "ready in $(( ($(date +%s%N) - started) / 1000000 )) ms"

base="http://127.0.0.1:$port"
curl -fsS "$base/api/health" | grep -q '"status":"ok"' || fail "/api/health"
curl -fsS "$base/signup" | grep -q '<div id="root">' || fail "the web app is not served"
curl -fsS "$base/api/openapi.json" | grep -q '"openapi":"3.1' || fail "the API reference is not served"
grep -q "No demo workspace (TANDEM_DEMO=unset, in production)" "$work/server.log" || fail "start-up did not say there is no demo workspace"
curl -fsS -o /dev/null -X POST -H 'content-type: application/json' \
  -d '{"workspaceName":"Release check","workspaceSlug":"release-check","name":"Ada Admin","email":"ada@example.com","password":"a long enough password"}' \
  "$base/api/v1/signup" || fail "signing up a workspace"

kill -TERM "$pid"
stopped=$(date +%s%N)
code=0
wait "$pid" || code=$?
[ "$code" -eq 0 ] || fail "exit code $code after SIGTERM"
echo "stopped cleanly in $(( ($(date +%s%N) - stopped) / 1000000 )) ms after SIGTERM"
