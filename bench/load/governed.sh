#!/usr/bin/env bash
# Load benchmark of the governed route, step by step, against nginx directly and against a peer gateway
# (Portkey's OSS gateway, npm @portkey-ai/gateway, pinned), in one run. bench/load/run.sh stays the short
# passthrough / durability / telemetry comparison; this script is the governance one.
#
# What runs (loopback only; everything stops and is cleaned up on exit):
#   nginx :28080         a fixed chat completion (nginx.conf): the upstream, and the "direct" baseline
#   gateway on  :28081   aegis-governed.yaml, audit on, budgets on SQLite: routes passthrough, pii (pii-mask +
#                        pii-unmask), classify, residency (residency-router), budgets, governed (ingress pii-mask,
#                        classify, budgets -> route residency-router -> egress pii-unmask), governed-injection (the same
#                        with injection-guard after pii-mask)
#   gateway off :28082   the same with AEGIS__AUDIT__ENABLED=false (passthrough and governed are measured)
#   gateway pg  :28083   the same, budgets on PostgreSQL 127.0.0.1:5432 db test (a schema of its own, dropped after)
#   gateway redis :28084 the same, budgets on Redis 127.0.0.1:6379 (a key prefix of its own, deleted after)
#   portkey :28085       node build/start-server.js, proxying to nginx as an OpenAI provider (x-portkey-custom-host)
# One budgets node per gateway (it publishes GET /v1/budgets), hence one gateway per store; each store's budgets
# route is compared with the passthrough route of its own gateway. A server that is not there (PostgreSQL, Redis,
# npm/Portkey) is reported and left out.
#
# Every cell is one wrk run of DURATION seconds at 1 and 32 connections (CONNS to change); the targets are
# interleaved, ROUNDS times, odd rounds forward and even rounds backward (ABBA), so drift on a busy box hits all
# alike. Per cell: req/s, p50, p99, and the CPU the serving process used per completed request (utime+stime from
# /proc/PID/stat around the wrk run, divided by wrk's request count; for nginx its worker). Printed: the mean and
# the min-max over rounds, then ratios (per-round min-max in brackets) with the goals they are meant to show.
# Nothing is asserted.
#
# Usage: bench/load/governed.sh [DURATION_SECONDS]     (default 10)
#   ROUNDS=2 CONNS="1 32" WARMUP=8 (seconds per target, repeated up to 4x until WARMUP_REQUESTS=20000 are served)
#   e.g. CONNS="1 4 32" ROUNDS=3 bench/load/governed.sh 10;  a smoke test: WARMUP=2 bench/load/governed.sh 2
#   PORTKEY_DIR (default bench/load/.portkey, gitignored): where the pinned Portkey is installed with npm
#   NO_PORTKEY=1 / NO_POSTGRES=1 / NO_REDIS=1 leave those out.  AEGIS_JAVA_OPTS (default -Xms512m -Xmx512m).
#   RESULTS=FILE keeps the raw cells (conns round target req/s p50 p99 cpu-us errors).
#   BASE_PORT (default 28080; the ports below are BASE_PORT+0..5), so that it does not meet run.sh's 18080-18082.
set -euo pipefail
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "bench: needs wrk and nginx (run bench/load/run.sh once, or apt-get install wrk nginx-light)" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
duration=${1:-10}
rounds=${ROUNDS:-2}
conns_list=${CONNS:-1 32}
warmup=${WARMUP:-8}
portkey_version=1.15.2
portkey_dir=${PORTKEY_DIR:-$here/.portkey}
base=${BASE_PORT:-28080}             # nginx on BASE, gateways on BASE+1..4, Portkey on BASE+5
upstream_port=$base
clk_tck=$(getconf CLK_TCK)
java_opts=${AEGIS_JAVA_OPTS:--Xms512m -Xmx512m}
isolation="aegis_bench_$$_$(date +%s)"   # PostgreSQL schema and Redis key prefix of this run

need() {
  command -v "$1" >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
    # Debian starts the packaged service on install; the benchmark runs its own.
    [ "$2" = nginx-light ] && { service nginx stop >/dev/null 2>&1 || true; }
  fi
  command -v "$1" >/dev/null 2>&1 || { echo "bench: needs $1 (apt-get install $2)" >&2; exit 1; }
}
need wrk wrk
need nginx nginx-light

log() { echo "bench: $*" >&2; }
work=$(mktemp -d)
declare -A pid=()
use_pg=0
use_redis=0
cleanup() {
  for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$use_pg" = 1 ]; then
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA IF EXISTS $isolation CASCADE" >/dev/null 2>&1 || true
  fi
  if [ "$use_redis" = 1 ]; then
    redis-cli -h 127.0.0.1 -p 6379 --scan --pattern "{$isolation}:*" | xargs -r -n 500 redis-cli -h 127.0.0.1 -p 6379 del >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

for port in $(seq "$base" $((base + 5))); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "port $port is taken (another benchmark?): set BASE_PORT to a free range"; exit 1
  fi
done

# --- upstream ------------------------------------------------------------------------------------------------
sed -e "s#PREFIX#$work#g" -e "s#UPSTREAM_PORT#$upstream_port#g" "$here/nginx.conf" > "$work/nginx.conf"
nginx -c "$work/nginx.conf" -p "$work" &
pid[nginx-master]=$!

# --- gateways ------------------------------------------------------------------------------------------------
if [ "${NO_POSTGRES:-}" != 1 ]; then
  if command -v psql >/dev/null && psql -h 127.0.0.1 -U postgres -d test -qc "CREATE SCHEMA $isolation" >/dev/null 2>&1; then
    use_pg=1
  else
    log "PostgreSQL at 127.0.0.1:5432 (user postgres, db test) not usable (or psql missing): budgets on PostgreSQL left out"
  fi
fi
if [ "${NO_REDIS:-}" != 1 ]; then
  if command -v redis-cli >/dev/null && [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]; then
    use_redis=1
  else
    log "Redis at 127.0.0.1:6379 not reachable (or redis-cli missing): budgets on Redis left out"
  fi
fi

"$repo/aegis" --version >/dev/null   # builds the jar if needed, before anything is timed
gateway() {  # name port store-yaml [ENV=VALUE...]
  local name=$1 port=$2 store=$3
  shift 3
  sed -e "s#DATA_DIR#$work/data-$name#" -e "s#UPSTREAM_PORT#$upstream_port#g" -e "s#PORT#$port#" -e "s#BUDGET_STORE#$store#" \
    "$here/aegis-governed.yaml" > "$work/aegis-$name.yaml"
  env "$@" AEGIS_SKIP_BUILD=1 AEGIS_JAVA_OPTS="$java_opts" \
    "$repo/aegis" serve --config "$work/aegis-$name.yaml" --plugins-dir "$work/none" > "$work/gateway-$name.log" 2>&1 &
  pid[$name]=$!
  gateway_port[$name]=$port
}
declare -A gateway_port=()
gateway on $((base + 1)) "{type: sqlite}"
gateway off $((base + 2)) "{type: sqlite}" AEGIS__AUDIT__ENABLED=false
[ "$use_pg" = 1 ] && gateway pg $((base + 3)) \
  "{type: postgres, jdbc-url: 'jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$isolation', user: postgres, pool-size: 8}"
[ "$use_redis" = 1 ] && gateway redis $((base + 4)) "{type: redis, url: 'redis://127.0.0.1:6379', key-prefix: $isolation}"

# --- Portkey -------------------------------------------------------------------------------------------------
use_portkey=0
if [ "${NO_PORTKEY:-}" != 1 ]; then
  portkey_pkg="$portkey_dir/node_modules/@portkey-ai/gateway"
  installed=$(node -p "require('$portkey_pkg/package.json').version" 2>/dev/null || true)
  if [ "$installed" != "$portkey_version" ] && command -v npm >/dev/null; then
    log "installing @portkey-ai/gateway@$portkey_version into $portkey_dir ..."
    mkdir -p "$portkey_dir"
    (cd "$portkey_dir" && npm install --no-audit --no-fund --silent "@portkey-ai/gateway@$portkey_version" >/dev/null 2>&1) || true
    installed=$(node -p "require('$portkey_pkg/package.json').version" 2>/dev/null || true)
  fi
  if [ "$installed" = "$portkey_version" ] && command -v node >/dev/null; then
    # --headless: no log UI; the gateway otherwise as shipped
    (cd "$portkey_pkg" && exec node build/start-server.js --port=$((base + 5)) --headless) > "$work/portkey.log" 2>&1 &
    pid[portkey]=$!
    use_portkey=1
  else
    log "Portkey @portkey-ai/gateway@$portkey_version could not be installed (node/npm missing or npm failed): left out"
  fi
fi

# --- readiness -----------------------------------------------------------------------------------------------
for name in "${!gateway_port[@]}"; do
  for _ in $(seq 1 150); do
    curl -fs "http://127.0.0.1:${gateway_port[$name]}/readyz" >/dev/null 2>&1 && break
    kill -0 "${pid[$name]}" 2>/dev/null || break
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:${gateway_port[$name]}/readyz" >/dev/null 2>&1 || {
    log "gateway '$name' did not start:"; tail -n 40 "$work/gateway-$name.log" >&2; exit 1; }
  [ "$(cat "/proc/${pid[$name]}/comm" 2>/dev/null)" = java ] || { log "gateway '$name': pid ${pid[$name]} is not the JVM"; exit 1; }
done
if [ "$use_portkey" = 1 ]; then
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$((base + 5))/" 2>/dev/null && break
    sleep 0.2
  done
fi
pid[nginx]=$(pgrep -P "${pid[nginx-master]}" -x nginx | head -n 1 || true)   # the worker serves
[ -n "${pid[nginx]}" ] || pid[nginx]=${pid[nginx-master]}

# --- targets: name -> process, URL, model ---------------------------------------------------------------------
declare -A t_proc=() t_url=() t_model=() t_portkey=()
order=()
target() {  # name process port model [portkey]
  t_proc[$1]=$2
  t_url[$1]="http://127.0.0.1:$3/v1/chat/completions"
  t_model[$1]=$4
  t_portkey[$1]=${5:-0}
  order+=("$1")
}
target nginx nginx $upstream_port gpt-4o-mini
target passthrough on $((base + 1)) gpt-4o-mini
target pii on $((base + 1)) bench-pii
target classify on $((base + 1)) bench-classify
target residency on $((base + 1)) bench-residency
target budgets-sqlite on $((base + 1)) bench-budgets
target governed on $((base + 1)) bench-governed
target governed-injection on $((base + 1)) bench-governed-injection
target passthrough-audit-off off $((base + 2)) gpt-4o-mini
target governed-audit-off off $((base + 2)) bench-governed
if [ "$use_pg" = 1 ]; then
  target passthrough-pg-gw pg $((base + 3)) gpt-4o-mini
  target budgets-postgres pg $((base + 3)) bench-budgets
fi
if [ "$use_redis" = 1 ]; then
  target passthrough-redis-gw redis $((base + 4)) gpt-4o-mini
  target budgets-redis redis $((base + 4)) bench-budgets
fi
[ "$use_portkey" = 1 ] && target portkey portkey $((base + 5)) gpt-4o-mini 1

# Each target must answer the canned completion (through Portkey too: proof that it reached nginx).
body() { BENCH_MODEL=$1 awk 'BEGIN { printf "{\"model\":\"%s\",\"messages\":[{\"role\":\"system\",\"content\":\"You are terse.\"},{\"role\":\"user\",\"content\":\"My name is Jane Doe and my e-mail is jane.doe@example.com. Say hello to the benchmark, please.\"}],\"temperature\":0.2}", ENVIRON["BENCH_MODEL"] }'; }
checked=()
for t in "${order[@]}"; do
  headers=(-H 'Content-Type: application/json' -H 'Authorization: Bearer bench-key')
  [ "${t_portkey[$t]}" = 1 ] && headers+=(-H 'x-portkey-provider: openai' -H "x-portkey-custom-host: http://127.0.0.1:$upstream_port/v1")
  answer=$(curl -s -w '\n%{http_code}' "${headers[@]}" -d "$(body "${t_model[$t]}")" "${t_url[$t]}" || true)
  if [ "$(tail -n 1 <<<"$answer")" = 200 ] && grep -q 'a fixed answer from the benchmark upstream' <<<"$answer"; then
    checked+=("$t")
  else
    log "target '$t' did not return the canned completion; left out. It answered: $(head -c 400 <<<"$answer" | tr '\n' ' ')"
  fi
done
order=("${checked[@]}")

# --- measuring -----------------------------------------------------------------------------------------------
ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }   # utime + stime, after the comm field
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); printf "%.3f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.3f", v } else if (v ~ /s$/) { sub(/s$/,"",v); printf "%.3f", v*1000 } else printf "nan" }'; }
run_wrk() {  # target connections seconds -> wrk's output
  local threads=$(( $2 < 2 ? 1 : 2 ))
  BENCH_MODEL=${t_model[$1]} BENCH_PORTKEY=${t_portkey[$1]} BENCH_UPSTREAM="http://127.0.0.1:$upstream_port/v1" \
    wrk -t "$threads" -c "$2" -d "${3}s" --latency -s "$here/chat-model.lua" "${t_url[$1]}"
}
measure() {  # target connections -> "rps p50_ms p99_ms cpu_us_per_request non2xx_and_errors"
  local p=${pid[${t_proc[$1]}]} before after out requests bad
  before=$(ticks "$p")
  out=$(run_wrk "$1" "$2" "$duration")
  after=$(ticks "$p")
  requests=$(awk '/ requests in / { print $1 }' <<<"$out")
  bad=$(awk '/^  Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
  echo "$(awk '/^Requests\/sec/ { print $2 }' <<<"$out") $(to_ms "$(awk '$1=="50%" { print $2 }' <<<"$out")")" \
    "$(to_ms "$(awk '$1=="99%" { print $2 }' <<<"$out")")" \
    "$(awk -v a="$after" -v b="$before" -v n="$requests" -v hz="$clk_tck" 'BEGIN { printf "%.1f", (n > 0 ? (a - b) * 1e6 / hz / n : 0) }')" "$bad"
}

# Warm-up at 32 connections: WARMUP seconds per target, repeated until it has served WARMUP_REQUESTS requests
# (slow routes, such as budgets on PostgreSQL, stay JIT-cold for long otherwise), at most 4 times.
warmup_requests=${WARMUP_REQUESTS:-20000}
echo "warming up (JIT): ${warmup}s per target at 32 connections, repeated up to 4 times until $warmup_requests requests ..." >&2
for t in "${order[@]}"; do
  [ "$t" = nginx ] && continue
  served=0
  for _ in 1 2 3 4; do
    served=$(( served + $(run_wrk "$t" 32 "$warmup" | awk '/ requests in / { n = $1 } END { print n + 0 }') ))
    (( served >= warmup_requests )) && break
  done
done

# What each process burns with no load (timers, the JIT finishing, GC): it is in every cell's CPU per request,
# and weighs most where requests are few (1 connection).
procs=(nginx "${!gateway_port[@]}")
[ "$use_portkey" = 1 ] && procs+=(portkey)
declare -A idle0=()
sleep 1
for p in "${procs[@]}"; do idle0[$p]=$(ticks "${pid[$p]}"); done
sleep 3
idle=""
for p in "${procs[@]}"; do
  idle+="$p $(awk -v a="$(ticks "${pid[$p]}")" -v b="${idle0[$p]}" -v hz="$clk_tck" 'BEGIN { printf "%.1f", (a - b) * 1000 / hz / 3 }'), "
done

results="$work/results"
: > "$results"
cells=$(( ${#order[@]} * rounds * $(wc -w <<<"$conns_list") ))
echo "measuring: ${#order[@]} targets x $(wc -w <<<"$conns_list") connection counts x $rounds rounds = $cells cells of ${duration}s ..." >&2
for conns in $conns_list; do
  for round in $(seq 1 "$rounds"); do
    if (( round % 2 )); then list=("${order[@]}"); else list=(); for (( i=${#order[@]}-1; i>=0; i-- )); do list+=("${order[$i]}"); done; fi
    for t in "${list[@]}"; do
      echo "$conns $round $t $(measure "$t" "$conns")" >> "$results"
    done
  done
done

[ -n "${RESULTS:-}" ] && cp "$results" "$RESULTS"

# --- report --------------------------------------------------------------------------------------------------
echo
echo "Aegis governed-route load benchmark: $(nproc) cores, ${duration}s cells, $rounds rounds (interleaved ABBA), connections: $conns_list"
echo "prompt with a name and an e-mail address; nginx answers a fixed completion; audit on unless the name says audit-off"
[ "$use_portkey" = 1 ] && echo "peer: Portkey OSS gateway @portkey-ai/gateway@$portkey_version on node $(node --version)"
awk -v goals=1 '
function stat(arr, c, t,    r, v, s, n, lo, hi) {   # mean (min-max) over rounds
  n = 0
  for (r = 1; r <= R; r++) if ((c, t, r) in arr) { v = arr[c, t, r] + 0; s += v; n++; if (n == 1 || v < lo) lo = v; if (n == 1 || v > hi) hi = v }
  MEAN = n ? s / n : ""; LO = lo; HI = hi; return n
}
function ratio(a, b, c, label, goal,    r, n, v, lo, hi, s1, s2) {   # throughput a/b: ratio of means [per-round range]
  if (!((c, a) in have) || !((c, b) in have)) { printf "  %-44s n/a (not measured)\n", label; return }
  n = 0
  for (r = 1; r <= R; r++) if ((c, a, r) in rps && (c, b, r) in rps && rps[c, b, r] > 0) {
    v = rps[c, a, r] / rps[c, b, r]; n++; if (n == 1 || v < lo) lo = v; if (n == 1 || v > hi) hi = v }
  stat(rps, c, a); s1 = MEAN; stat(rps, c, b); s2 = MEAN
  stat(p50, c, a); d5 = MEAN; stat(p50, c, b); d5 -= MEAN
  stat(cpu, c, a); dc = MEAN; stat(cpu, c, b); dc -= MEAN
  printf "  %-44s throughput %6.3f [%.3f-%.3f]  p50 %+7.3f ms  CPU %+7.1f us/req%s\n", label, s1 / s2, lo, hi, d5, dc, (goal == "" ? "" : "   goal: " goal)
}
{ c = $1; r = $2; t = $3; rps[c, t, r] = $4; p50[c, t, r] = $5; p99[c, t, r] = $6; cpu[c, t, r] = $7; bad[c, t] += $8
  have[c, t] = 1; if (!(t in seen)) { seen[t] = 1; targets[++T] = t } if (!(c in seenc)) { seenc[c] = 1; cs[++C] = c } if (r > R) R = r }
END {
  printf "\n%-5s %-22s %22s %24s %20s %22s %8s\n", "conns", "target", "req/s (min-max)", "p50 ms (min-max)", "p99 ms (mean)", "CPU us/req (min-max)", "errors"
  for (i = 1; i <= C; i++) { c = cs[i]
    for (j = 1; j <= T; j++) { t = targets[j]; if (!((c, t) in have)) continue
      stat(rps, c, t); a = sprintf("%.0f (%.0f-%.0f)", MEAN, LO, HI)
      stat(p50, c, t); b = sprintf("%.3f (%.3f-%.3f)", MEAN, LO, HI)
      stat(p99, c, t); d = sprintf("%.3f", MEAN)
      stat(cpu, c, t); e = sprintf("%.1f (%.1f-%.1f)", MEAN, LO, HI)
      printf "%-5s %-22s %22s %24s %20s %22s %8d\n", c, t, a, b, d, e, bad[c, t] } }
  for (i = 1; i <= C; i++) { c = cs[i]
    printf "\nratios at %s connection%s (ratio of mean req/s [per-round min-max]; p50 and CPU: difference of means)\n", c, (c == 1 ? "" : "s")
    split("pii classify residency governed", steps, " ")
    for (k = 1; k <= 4; k++) ratio(steps[k], "passthrough", c, steps[k] " / passthrough", steps[k] == "governed" && c == 32 ? ">= 0.70 (audit on)" : "")
    ratio("governed", "portkey", c, "governed / portkey", c == 32 ? ">= 10" : "")
    ratio("governed-injection", "governed", c, "governed + injection-guard / governed", c == 32 ? ">= 0.90" : "")
    ratio("passthrough", "portkey", c, "passthrough / portkey", "")
    ratio("budgets-sqlite", "passthrough", c, "budgets SQLite / passthrough (same gateway)", ">= 0.85, CPU <= +30 us")
    ratio("budgets-postgres", "passthrough-pg-gw", c, "budgets PostgreSQL / passthrough (same gw)", ">= 0.85, CPU <= +30 us")
    ratio("budgets-redis", "passthrough-redis-gw", c, "budgets Redis / passthrough (same gateway)", ">= 0.85, CPU <= +30 us")
    ratio("passthrough", "passthrough-audit-off", c, "audit on / off: passthrough", c == 32 ? ">= 0.85" : c == 1 ? "p50 <= +0.3 ms" : "")
    ratio("governed", "governed-audit-off", c, "audit on / off: governed", c == 32 ? ">= 0.85" : c == 1 ? "p50 <= +0.3 ms" : "")
    for (j = 1; j <= T; j++) if (targets[j] != "nginx") ratio(targets[j], "nginx", c, targets[j] " / nginx direct", "")
  }
  if (("1", "passthrough") in have && ("32", "passthrough") in have) {
    printf "\nCPU per request, 1 connection / 32 connections (goal: <= 1.5 for the gateways)\n"
    for (j = 1; j <= T; j++) { t = targets[j]
      if (!(("1", t) in have) || !(("32", t) in have)) continue
      stat(cpu, "1", t); one = MEAN; stat(cpu, "32", t); many = MEAN
      printf "  %-44s %6.2f  (%.1f / %.1f us/req)\n", t, (many > 0 ? one / many : 0), one, many } }
}' "$results"

# The budgets nodes did charge: the team's spend this month, per store.
for name in on pg redis; do
  [ -n "${gateway_port[$name]:-}" ] || continue
  spent=$(curl -fs -H 'Authorization: Bearer bench-key' "http://127.0.0.1:${gateway_port[$name]}/v1/budgets" \
    | grep -o '"period":"month","limit":[^,]*,"spent":[^,]*' | head -n 1 | sed 's/.*"spent"://' || true)
  echo "budgets on gateway '$name': team bench spent ${spent:-?} USD this month (charged per request; limits never reached)"
done
echo "idle CPU before measuring, ms per second (already in the CPU per request above): ${idle%, }"
echo "(errors: non-2xx responses plus socket errors; CPU: the serving process's utime+stime over the cell / requests, CLK_TCK $clk_tck)"
