#!/usr/bin/env bash
# Telemetry's cost, interleaved: two gateways side by side, telemetry off and on (bench/load/telemetry.yaml,
# or the file in $TELEMETRY_YAML), measured in alternating wrk runs so that drift on a busy box hits both alike.
# Prints each run's requests/s and the mean ratio on/off.
# Usage: bench/load/ab-telemetry.sh [ROUNDS] [SECONDS] [CONNECTIONS]   (defaults 6, 6, 32; loopback only)
#   sampled traces: AEGIS__OBSERVABILITY__SAMPLE_RATIO=0.1 bench/load/ab-telemetry.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=${1:-6}
seconds=${2:-6}
conns=${3:-32}
# the scrape token bench/load/telemetry.yaml reads
export AEGIS_METRICS_TOKEN=${AEGIS_METRICS_TOKEN:-bench-scrape-token}
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "bench: needs wrk and nginx (run bench/load/run.sh once, or apt-get install wrk nginx-light)" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  [ -n "${off_pid:-}" ] && kill "$off_pid" 2>/dev/null || true
  [ -n "${on_pid:-}" ] && kill "$on_pid" 2>/dev/null || true
  [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

sed -e "s#PREFIX#$work#g" -e "s#UPSTREAM_PORT#18080#g" "$here/nginx.conf" > "$work/nginx.conf"
sed -e "s#DATA_DIR#$work/data-off#g" "$here/aegis-bench.yaml" > "$work/off.yaml"
{ sed -e "s#DATA_DIR#$work/data-on#g" -e "s#port: 18081#port: 18082#" "$here/aegis-bench.yaml"; cat "${TELEMETRY_YAML:-$here/telemetry.yaml}"; } > "$work/on.yaml"
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
"$repo/aegis" --version >/dev/null
AEGIS_SKIP_BUILD=1 AEGIS_JAVA_OPTS="${AEGIS_JAVA_OPTS:--Xms512m -Xmx512m}" "$repo/aegis" serve --config "$work/off.yaml" --plugins-dir "$work/none" > "$work/off.log" 2>&1 &
off_pid=$!
AEGIS_SKIP_BUILD=1 AEGIS_JAVA_OPTS="${AEGIS_JAVA_OPTS:--Xms512m -Xmx512m}" "$repo/aegis" serve --config "$work/on.yaml" --plugins-dir "$work/none" > "$work/on.log" 2>&1 &
on_pid=$!
for port in 18081 18082; do
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { cat "$work/off.log" "$work/on.log"; exit 1; }
done
echo "warming up (JIT) ..."
for port in 18081 18082 18081 18082; do wrk -t 2 -c 32 -d 10s -s "$here/chat.lua" "http://127.0.0.1:$port/v1/chat/completions" >/dev/null; done
for round in $(seq 1 "$rounds"); do
  for port in 18081 18082; do
    rps=$(wrk -t 2 -c "$conns" -d "${seconds}s" -s "$here/chat.lua" "http://127.0.0.1:$port/v1/chat/completions" | awk '/^Requests\/sec/ {print $2}')
    echo "$round $([ "$port" = 18081 ] && echo off || echo on) $rps"
  done
done | awk '{ print; sum[$2] += $3; n[$2]++ } END {
  printf "mean req/s: off %.0f, on %.0f; throughput on/off %.3f (%d rounds, %d connections)\n", sum["off"]/n["off"], sum["on"]/n["on"], (sum["on"]/n["on"])/(sum["off"]/n["off"]), n["off"], '"$conns"' }'
