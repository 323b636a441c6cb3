#!/usr/bin/env bash
# Builds the TypeScript SDK and runs its tests: against the gateway at AEGIS_URL when it is set, otherwise
# against one started here from the repository's aegis.yaml with a fresh data directory (the CLI jar must
# be built: ./mvnw -DskipTests -pl aegis-cli -am package).
set -euo pipefail
sdk=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$sdk/../.." && pwd)
cd "$sdk"

if [ ! -x node_modules/.bin/tsc ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build

if [ -n "${AEGIS_URL:-}" ]; then
  exec node --test test/*.test.mjs
fi

work=$(mktemp -d)
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
sed "s#^data-dir:.*#data-dir: $work/data#" "$repo/aegis.yaml" > "$work/aegis.yaml"
(cd "$repo" && AEGIS_SKIP_BUILD=1 exec ./aegis serve --config "$work/aegis.yaml" --port "$port") > "$work/gateway.log" 2>&1 &
gateway=$!
stop() {
  kill "$gateway" 2>/dev/null || true
  wait "$gateway" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  if ! kill -0 "$gateway" 2>/dev/null; then
    break
  fi
  sleep 0.5
done
if ! curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then
  echo "sdk/typescript: the gateway did not start:" >&2
  cat "$work/gateway.log" >&2
  exit 1
fi

AEGIS_URL="http://127.0.0.1:$port" node --test test/*.test.mjs
