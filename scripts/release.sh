#!/usr/bin/env bash
# The steps of a Tandem release, the same in the container image (Dockerfile)
# and in CI (scripts/release-check.sh), so what the container does is tested
# even where no container can be built.
#
#   scripts/release.sh build DIR   install, build, and assemble the release in DIR:
#                                  dist/, package.json and production dependencies only
#   ./release.sh start             (inside a release) run it with plain node
#   ./release.sh healthcheck       (inside a release) exit 0 when it is ready for traffic
set -euo pipefail

case "${1:-}" in
  build)
    out="${2:?usage: scripts/release.sh build DIR}"
    cd "$(dirname "$0")/.."
    npm ci --no-audit --no-fund
    npm run build
    rm -rf "$out" && mkdir -p "$out"
    cp -R dist package.json package-lock.json "$out"/
    cp scripts/release.sh "$out"/release.sh
    # The installed tree, native modules already built, minus every development dependency.
    cp -R node_modules "$out"/node_modules
    (cd "$out" && npm prune --omit=dev --no-audit --no-fund >/dev/null)
    echo "Release assembled in $out"
    ;;
  start)
    cd "$(dirname "$0")"
    # exec: node itself receives SIGTERM and shuts down cleanly (server/main.ts).
    exec node --enable-source-maps dist/server/main.js
    ;;
  healthcheck)
    exec node -e '
      const url = `http://127.0.0.1:${process.env.PORT ?? 3000}/api/ready`;
      fetch(url, { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));'
    ;;
  *)
    echo "usage: scripts/release.sh build DIR | start | healthcheck" >&2
    exit 64
    ;;
esac
