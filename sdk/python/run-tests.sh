#!/usr/bin/env bash
# The Python SDK's tests. With AEGIS_URL set, they run against that gateway. Without it, this starts one
# from the repository root as the README says (the jar already built: nothing is built here), on a copy of
# the default aegis.yaml whose data-dir is a fresh temporary directory, on AEGIS_PORT or else a free port;
# and stops it after.
set -euo pipefail
sdk=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$sdk/../.." && pwd)
python=${PYTHON:-python3}

run_tests() {
  cd "$sdk"
  "$python" - <<'PY'
import sys
import unittest

result = unittest.TextTestRunner(verbosity=2).run(unittest.defaultTestLoader.discover("tests"))
failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
passed = result.testsRun - failed - len(result.skipped) - len(result.expectedFailures)
print("sdk-python: {} passed, {} failed, {} skipped".format(passed, failed, len(result.skipped)))
sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
PY
}

if [ -n "${AEGIS_URL:-}" ]; then
  run_tests
  exit
fi

if [ ! -f "$root/aegis-cli/target/aegis.jar" ]; then
  echo "sdk-python: no aegis-cli/target/aegis.jar; build it first (./mvnw -q -B -DskipTests -pl aegis-cli -am package)" >&2
  exit 1
fi
work=$(mktemp -d)
port=${AEGIS_PORT:-$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
sed "s#^data-dir: .*#data-dir: $work/data#" "$root/aegis.yaml" > "$work/aegis.yaml"
grep -q "^data-dir: $work/data\$" "$work/aegis.yaml" || { echo "sdk-python: aegis.yaml has no top-level data-dir to replace" >&2; exit 1; }

(cd "$root" && AEGIS_SKIP_BUILD=1 exec ./aegis serve --config "$work/aegis.yaml" --port "$port") >"$work/gateway.log" 2>&1 &
gateway=$!
stop_gateway() {
  kill "$gateway" 2>/dev/null || true
  wait "$gateway" 2>/dev/null || true
  rm -rf "$work"
}
trap stop_gateway EXIT

url="http://127.0.0.1:$port"
for _ in $(seq 1 240); do
  if "$python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/readyz", timeout=2)' "$url" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$gateway" 2>/dev/null; then
    echo "sdk-python: the gateway stopped while starting:" >&2; cat "$work/gateway.log" >&2; exit 1
  fi
  sleep 0.5
done
"$python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/readyz", timeout=2)' "$url" 2>/dev/null \
  || { echo "sdk-python: the gateway was not ready within 120s:" >&2; cat "$work/gateway.log" >&2; exit 1; }

echo "sdk-python: gateway on $url (data in $work/data)"
AEGIS_URL="$url" run_tests
