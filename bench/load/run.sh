#!/usr/bin/env bash
# Load benchmark: the same chat completion against nginx directly and through Aegis, in one run.
# Prints requests/s and p50/p99 latency for both, at 1 and at 32 connections, and the ratios; and the
# same gateway with telemetry on (OTLP spans and metrics to a local sink, plus the Prometheus scrape).
# Usage: bench/load/run.sh [DURATION_SECONDS]   (default 15; loopback only; stops by itself)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
duration=${1:-15}
upstream_port=18080
gateway_port=18081
telemetry_port=18082
# the telemetry gateway's scrape token (bench/load/telemetry.yaml)
export AEGIS_METRICS_TOKEN=${AEGIS_METRICS_TOKEN:-bench-scrape-token}

need() {
  command -v "$1" >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
    # Debian starts the packaged service on install; the benchmark runs its own.
    [ "$2" = nginx-light ] && { service nginx stop >/dev/null 2>&1 || pkill -x nginx || true; }
  fi
  command -v "$1" >/dev/null 2>&1 || { echo "bench: needs $1 (apt-get install $2)" >&2; exit 1; }
}
need wrk wrk
need nginx nginx-light

work=$(mktemp -d)
cleanup() {
  [ -n "${gateway_pid:-}" ] && kill "$gateway_pid" 2>/dev/null || true
  [ -n "${telemetry_pid:-}" ] && kill "$telemetry_pid" 2>/dev/null || true
  [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

sed -e "s#PREFIX#$work#g" -e "s#UPSTREAM_PORT#$upstream_port#g" "$here/nginx.conf" > "$work/nginx.conf"
sed -e "s#DATA_DIR#$work/data#g" "$here/aegis-bench.yaml" > "$work/aegis-bench.yaml"
# The same gateway with telemetry: OTLP to nginx (which answers POST /v1/traces and /v1/metrics with 200) and /metrics.
{ sed -e "s#DATA_DIR#$work/data-telemetry#g" -e "s#port: $gateway_port#port: $telemetry_port#" "$here/aegis-bench.yaml"
  cat "$here/telemetry.yaml"; } > "$work/aegis-bench-telemetry.yaml"
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!

"$repo/aegis" --version >/dev/null   # builds the jar if needed, before anything is timed
AEGIS_SKIP_BUILD=1 AEGIS_JAVA_OPTS="${AEGIS_JAVA_OPTS:--Xms512m -Xmx512m}" \
  "$repo/aegis" serve --config "$work/aegis-bench.yaml" --plugins-dir "$work/none" > "$work/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$gateway_port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$gateway_port/readyz" >/dev/null || { cat "$work/gateway.log"; exit 1; }
AEGIS_SKIP_BUILD=1 AEGIS_JAVA_OPTS="${AEGIS_JAVA_OPTS:--Xms512m -Xmx512m}" \
  "$repo/aegis" serve --config "$work/aegis-bench-telemetry.yaml" --plugins-dir "$work/none" > "$work/gateway-telemetry.log" 2>&1 &
telemetry_pid=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$telemetry_port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$telemetry_port/readyz" >/dev/null || { cat "$work/gateway-telemetry.log"; exit 1; }

measure() {  # url connections [script] -> "rps p50_ms p99_ms"
  local out
  out=$(wrk -t "$(( $2 < 2 ? 1 : 2 ))" -c "$2" -d "${duration}s" --latency -s "$here/${3:-chat.lua}" "$1")
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); printf "%.3f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.3f", v } else { sub(/s$/,"",v); printf "%.3f", v*1000 } }'; }

warm() { wrk -t 2 -c 32 -d 15s -s "$here/chat.lua" "$1" >/dev/null; }
direct="http://127.0.0.1:$upstream_port/v1/chat/completions"
gateway="http://127.0.0.1:$gateway_port/v1/chat/completions"
telemetry="http://127.0.0.1:$telemetry_port/v1/chat/completions"
echo "warming up (JIT) ..."
warm "$gateway"; warm "$telemetry"; warm "$direct"
wrk -t 2 -c 32 -d 5s -s "$here/chat-durable.lua" "$gateway" >/dev/null

printf "\n%-6s %-8s %12s %10s %10s\n" conns target "req/s" "p50 ms" "p99 ms"
for conns in 1 32; do
  read -r d_rps d_p50 d_p99 < <(measure "$direct" "$conns")
  read -r g_rps g_p50 g_p99 < <(measure "$gateway" "$conns")
  read -r p_rps p_p50 p_p99 < <(measure "$gateway" "$conns" chat-durable.lua)
  read -r t_rps t_p50 t_p99 < <(measure "$telemetry" "$conns")
  printf "%-6s %-8s %12s %10s %10s\n" "$conns" direct "$d_rps" "$d_p50" "$d_p99"
  printf "%-6s %-8s %12s %10s %10s\n" "$conns" aegis "$g_rps" "$g_p50" "$g_p99"
  printf "%-6s %-8s %12s %10s %10s   (durability pause-and-end)\n" "$conns" durable "$p_rps" "$p_p50" "$p_p99"
  printf "%-6s %-8s %12s %10s %10s   (telemetry: OTLP + Prometheus)\n" "$conns" otel "$t_rps" "$t_p50" "$t_p99"
  awk -v c="$conns" -v dr="$d_rps" -v gr="$g_rps" -v d5="$d_p50" -v g5="$g_p50" -v d9="$d_p99" -v g9="$g_p99" 'BEGIN {
    printf "%-6s ratio    throughput aegis/direct %.3f, added p50 %.3f ms, added p99 %.3f ms\n", c, gr/dr, g5-d5, g9-d9 }'
  awk -v c="$conns" -v gr="$g_rps" -v pr="$p_rps" -v g5="$g_p50" -v p5="$p_p50" 'BEGIN {
    printf "%-6s ratio    throughput pause-and-end/none %.3f, p50 difference %.3f ms\n", c, pr/gr, p5-g5 }'
  awk -v c="$conns" -v dr="$d_rps" -v gr="$g_rps" -v tr="$t_rps" -v g5="$g_p50" -v t5="$t_p50" 'BEGIN {
    printf "%-6s ratio    throughput telemetry on/off %.3f (on/direct %.3f, off/direct %.3f), p50 difference %.3f ms\n", c, tr/gr, tr/dr, gr/dr, t5-g5 }'
done
echo "(audit log: ${AEGIS__AUDIT__ENABLED:-true}; set AEGIS__AUDIT__ENABLED=false to measure without it)"
echo "(telemetry: $(curl -fs -H "Authorization: Bearer $AEGIS_METRICS_TOKEN" "http://127.0.0.1:$telemetry_port/metrics" | grep -c '^aegis_run_duration_seconds_count') run-duration series scraped from /metrics)"
