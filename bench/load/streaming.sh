#!/usr/bin/env bash
# Streaming load benchmark: what a streamed chunk costs through the gateway, against the upstream directly.
#
# Upstreams (loopback only; everything stops and is cleaned up on exit):
#   nginx :BASE        unpaced: a pre-built SSE body of N chunks (3 characters each) served whole, as a static file
#                      (/nN/v1/chat/completions), N = 64 and 1000
#   paced :BASE+1      the same events one by one, each flushed alone, PACE_US (default 1000) apart: a fast model
#                      (/pN/v1/chat/completions; bench/load/PacedSse.java on the JDK's source launcher)
#   gateway :BASE+2    aegis-streaming.yaml, audit on, budgets on SQLite; per upstream variant V (s64, s1000, p64,
#                      p1000) the routes pass-V (no steps), unmask-V (pii-mask in, pii-unmask out; unpaced only) and
#                      gov-V (pii-mask, classify, budgets -> residency-router -> pii-unmask)
#
# Per target and round: at 1 connection, STREAMS sequential curl requests give the median time to first byte and
# total time, and a wrk run of DURATION seconds gives req/s and the gateway's CPU per chunk; at 32 connections (CONNS)
# a wrk run gives req/s and CPU per chunk. CPU per chunk = the gateway's utime+stime (/proc/PID/stat) over the run /
# (requests x N). Targets are interleaved ROUNDS times (ABBA). Nothing is asserted.
#
# Usage: bench/load/streaming.sh [DURATION_SECONDS]     (default 5)
#   ROUNDS=2 STREAMS=30 CONNS=32 WARMUP=5 PACE_US=1000 BASE_PORT=28086 (ports BASE..BASE+2)
#   TARGETS="direct-s1000 pass-s1000" to measure a subset; RESULTS=FILE keeps the raw cells.
#   AEGIS_JAVA_OPTS (default -Xms512m -Xmx512m).
set -euo pipefail
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "bench: needs wrk and nginx (run bench/load/run.sh once, or apt-get install wrk nginx-light)" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
duration=${1:-5}
rounds=${ROUNDS:-2}
streams=${STREAMS:-30}
conns_many=${CONNS:-32}
warmup=${WARMUP:-5}
pace_us=${PACE_US:-1000}
base=${BASE_PORT:-28086}
clk_tck=$(getconf CLK_TCK)
java_opts=${AEGIS_JAVA_OPTS:--Xms512m -Xmx512m}

need() {
  command -v "$1" >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
    [ "$2" = nginx-light ] && { service nginx stop >/dev/null 2>&1 || true; }
  fi
  command -v "$1" >/dev/null 2>&1 || { echo "bench: needs $1 (apt-get install $2)" >&2; exit 1; }
}
need wrk wrk
need nginx nginx-light
need curl curl
java_home=$("$repo/bin/find-jdk")

log() { echo "bench: $*" >&2; }
work=$(mktemp -d)
declare -A pid=()
cleanup() {
  for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for port in $(seq "$base" $((base + 2))); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "port $port is taken (another benchmark?): set BASE_PORT to a free range"; exit 1
  fi
done

# --- the SSE bodies: a role chunk, N content chunks of 3 characters, a finish chunk with usage, [DONE] ---------
sse_body() {
  awk -v n="$1" 'BEGIN {
    text = "The quick brown fox jumps over the lazy dog while the benchmark counts every chunk it sees. "; L = length(text)
    pre = "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{"
    printf "%s\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n", pre
    p = 0
    for (i = 0; i < n; i++) { s = ""; for (k = 0; k < 3; k++) { s = s substr(text, (p % L) + 1, 1); p++ }
      printf "%s\"content\":\"%s\"},\"finish_reason\":null}]}\n\n", pre, s }
    printf "%s},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":%d,\"total_tokens\":%d}}\n\ndata: [DONE]\n\n", pre, n, n + 12 }'
}
chmod 755 "$work"   # the nginx worker (another user) reads the SSE files
mkdir -p "$work/sse"
for n in 64 1000; do sse_body "$n" > "$work/sse/s$n.txt"; done

# --- upstreams -----------------------------------------------------------------------------------------------
cat > "$work/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  keepalive_timeout 75s;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  server {
    listen 127.0.0.1:$base;
    # The static module answers GET only: a POST is turned into an internal GET of the file.
    location /n64/ { error_page 405 =200 /sse/s64.txt; return 405; }
    location /n1000/ { error_page 405 =200 /sse/s1000.txt; return 405; }
    location /sse/ { internal; alias $work/sse/; default_type text/event-stream; }
  }
}
EOF
nginx -c "$work/nginx.conf" -p "$work" &
pid[nginx-master]=$!
"$java_home/bin/java" -Xmx256m "$here/PacedSse.java" $((base + 1)) "$work/sse" "$pace_us" > "$work/paced.log" 2>&1 &
pid[paced]=$!

# --- gateway -------------------------------------------------------------------------------------------------
variants=(s64 s1000 p64 p1000)
upstream_of() {  # variant -> base URL
  case $1 in s*) echo "http://127.0.0.1:$base/n${1#s}/v1" ;; p*) echo "http://127.0.0.1:$((base + 1))/p${1#p}/v1" ;; esac
}
{
  sed -e "s#PORT#$((base + 2))#" -e "s#DATA_DIR#$work/data#" "$here/aegis-streaming.yaml"
  echo "providers:"
  for v in "${variants[@]}"; do
    echo "  $v: {type: openai, config: {base-url: \"$(upstream_of "$v")\", max-connections: 64}}"
    echo "  $v-us: {type: openai, config: {base-url: \"$(upstream_of "$v")\", max-connections: 64}, labels: {region: us}, tags: [gdpr]}"
    echo "  $v-eu: {type: openai, config: {base-url: \"$(upstream_of "$v")\", max-connections: 64}, labels: {region: eu}, tags: [gdpr, zero-retention]}"
  done
  echo "routes:"
  for v in "${variants[@]}"; do
    echo "  pass-$v: {models: [pass-$v], execute: {providers: [$v]}, durability: none}"
    echo "  unmask-$v: {models: [unmask-$v], ingress: [pii-mask], execute: {providers: [$v]}, egress: [pii-unmask], durability: none}"
    echo "  gov-$v: {models: [gov-$v], ingress: [pii-mask, classify, budgets], route: residency, execute: {providers: [$v-us, $v-eu]}, egress: [pii-unmask], durability: none}"
  done
} > "$work/aegis.yaml"
"$repo/aegis" --version >/dev/null   # builds the jar if needed, before anything is timed
AEGIS_SKIP_BUILD=1 AEGIS_JAVA_OPTS="$java_opts" \
  "$repo/aegis" serve --config "$work/aegis.yaml" --plugins-dir "$work/none" > "$work/gateway.log" 2>&1 &
pid[gateway]=$!
for _ in $(seq 1 150); do
  curl -fs "http://127.0.0.1:$((base + 2))/readyz" >/dev/null 2>&1 && break
  kill -0 "${pid[gateway]}" 2>/dev/null || break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$((base + 2))/readyz" >/dev/null 2>&1 || { log "the gateway did not start:"; tail -n 40 "$work/gateway.log" >&2; exit 1; }
[ "$(cat "/proc/${pid[gateway]}/comm" 2>/dev/null)" = java ] || { log "gateway: pid ${pid[gateway]} is not the JVM"; exit 1; }
pid[nginx]=$(pgrep -P "${pid[nginx-master]}" -x nginx | head -n 1 || true)
[ -n "${pid[nginx]}" ] || pid[nginx]=${pid[nginx-master]}
for _ in $(seq 1 100); do curl -s -o /dev/null -X POST -d '{}' "http://127.0.0.1:$((base + 1))/p64/v1/chat/completions" && break; sleep 0.2; done

# --- targets: name -> process, URL, model, chunks ---------------------------------------------------------------
declare -A t_proc=() t_url=() t_model=() t_chunks=()
order=()
target() {  # name process url model chunks
  t_proc[$1]=$2; t_url[$1]=$3; t_model[$1]=$4; t_chunks[$1]=$5; order+=("$1")
}
gw="http://127.0.0.1:$((base + 2))/v1/chat/completions"
for v in "${variants[@]}"; do
  n=${v#?}
  case $v in s*) target "direct-$v" nginx "$(upstream_of "$v")/chat/completions" gpt-4o-mini "$n" ;;
             p*) target "direct-$v" paced "$(upstream_of "$v")/chat/completions" gpt-4o-mini "$n" ;; esac
  target "pass-$v" gateway "$gw" "pass-$v" "$n"
  case $v in s*) target "unmask-$v" gateway "$gw" "unmask-$v" "$n" ;; esac
  target "gov-$v" gateway "$gw" "gov-$v" "$n"
done
if [ -n "${TARGETS:-}" ]; then
  kept=(); for t in "${order[@]}"; do [[ " $TARGETS " == *" $t "* ]] && kept+=("$t"); done; order=("${kept[@]}")
fi

body() { printf '{"model":"%s","stream":true,"messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"My name is Jane Doe and my e-mail is jane.doe@example.com. Tell the benchmark a long story, please."}]}' "$1"; }
post() {  # target [curl options...]
  local t=$1; shift
  curl -s -N -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer bench-key' -d "$(body "${t_model[$t]}")" "$@" "${t_url[$t]}"
}
# Each target must stream the whole answer (N x 3 characters; a window guard may re-cut the chunks) and [DONE].
checked=()
for t in "${order[@]}"; do
  answer=$(post "$t" || true)
  chars=$(grep -o '"content":"[^"]*"' <<<"$answer" | sed -e 's/^"content":"//' -e 's/"$//' | tr -d '\n' | wc -c)
  if grep -q 'data: \[DONE\]' <<<"$answer" && [ "$chars" -eq $(( t_chunks[$t] * 3 )) ]; then
    checked+=("$t")
  else
    log "target '$t' did not stream its $(( t_chunks[$t] * 3 )) characters and [DONE] ($chars characters); left out. It answered: $(head -c 400 <<<"$answer" | tr '\n' ' ')"
  fi
done
order=("${checked[@]}")

# --- measuring -----------------------------------------------------------------------------------------------
ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
run_wrk() {  # target connections seconds
  local threads=$(( $2 < 2 ? 1 : 2 ))
  BENCH_MODEL=${t_model[$1]} wrk -t "$threads" -c "$2" -d "${3}s" --latency -s "$here/chat-stream.lua" "${t_url[$1]}"
}
wrk_cell() {  # target connections -> "rps p50_ms cpu_us_per_chunk errors"
  local p=${pid[${t_proc[$1]}]} before after out requests
  before=$(ticks "$p")
  out=$(run_wrk "$1" "$2" "$duration")
  after=$(ticks "$p")
  requests=$(awk '/ requests in / { print $1 }' <<<"$out")
  echo "$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")" \
    "$(awk '$1=="50%" { v = $2; if (v ~ /us$/) { sub(/us$/,"",v); v /= 1000 } else if (v ~ /ms$/) sub(/ms$/,"",v); else if (v ~ /s$/) { sub(/s$/,"",v); v *= 1000 } printf "%.3f", v }' <<<"$out")" \
    "$(awk -v a="$after" -v b="$before" -v n="$requests" -v c="${t_chunks[$1]}" -v hz="$clk_tck" 'BEGIN { printf "%.2f", (n > 0 ? (a - b) * 1e6 / hz / n / c : 0) }')" \
    "$(awk '/^  Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")"
}
latency_cell() {  # target -> "ttfb_p50_ms total_p50_ms" over STREAMS sequential requests
  local t=$1 i
  for i in $(seq 1 "$streams"); do post "$t" -o /dev/null -w '%{time_starttransfer} %{time_total}\n'; done |
    sort -n -k1,1 | awk '{ a[NR] = $1 * 1000; b[NR] = $2 * 1000 } END { n = asort(b); m = int((NR + 1) / 2); printf "%.3f %.3f", a[m], b[m] }'
}

log "warming up (JIT): ${warmup}s per gateway target at 32 connections, twice ..."
for t in "${order[@]}"; do
  [ "${t_proc[$t]}" = gateway ] || continue
  run_wrk "$t" 32 "$warmup" >/dev/null; run_wrk "$t" 32 "$warmup" >/dev/null
done

results="$work/results"
: > "$results"
log "measuring ${#order[@]} targets x $rounds rounds (curl x $streams, wrk ${duration}s at 1 and $conns_many connections) ..."
for round in $(seq 1 "$rounds"); do
  if (( round % 2 )); then list=("${order[@]}"); else list=(); for (( i=${#order[@]}-1; i>=0; i-- )); do list+=("${order[$i]}"); done; fi
  for t in "${list[@]}"; do
    echo "$round $t $(latency_cell "$t") $(wrk_cell "$t" 1) $(wrk_cell "$t" "$conns_many")" >> "$results"
  done
done
[ -n "${RESULTS:-}" ] && cp "$results" "$RESULTS"

# --- report --------------------------------------------------------------------------------------------------
echo
echo "Aegis streaming benchmark: $(nproc) cores, $rounds rounds (ABBA), curl x $streams at 1 connection, wrk ${duration}s at 1 and $conns_many connections"
echo "chunks of 3 characters; sN: nginx serves the whole SSE body at once; pN: paced, one chunk every ${pace_us} us"
awk -v many="$conns_many" '
function rng(arr, t,    r, v, s, n, lo, hi) { n = 0
  for (r = 1; r <= R; r++) if ((t, r) in arr) { v = arr[t, r] + 0; s += v; n++; if (n == 1 || v < lo) lo = v; if (n == 1 || v > hi) hi = v }
  MEAN = n ? s / n : 0; LO = lo; HI = hi }
function cell(arr, t, fmt) { rng(arr, t); return sprintf(fmt " (" fmt "-" fmt ")", MEAN, LO, HI) }
{ r = $1; t = $2; ttfb[t, r] = $3; total[t, r] = $4; rps1[t, r] = $5; cpu1[t, r] = $7; rpsN[t, r] = $9; p50N[t, r] = $10; cpuN[t, r] = $11
  bad[t] += $8 + $12; if (!(t in seen)) { seen[t] = 1; T[++n] = t } if (r > R) R = r }
END {
  printf "\n%-13s %22s %22s %20s %22s %22s %20s %6s\n", "target", "TTFB p50 ms (1 conn)", "total p50 ms (1 conn)", "req/s (1 conn)",
    "CPU us/chunk (1 conn)", "req/s (" many " conns)", "CPU us/chunk (" many ")", "errors"
  for (i = 1; i <= n; i++) { t = T[i]
    printf "%-13s %22s %22s %20s %22s %22s %20s %6d\n", t, cell(ttfb, t, "%.2f"), cell(total, t, "%.2f"), cell(rps1, t, "%.0f"),
      (t ~ /^direct/ ? "-" : cell(cpu1, t, "%.1f")), cell(rpsN, t, "%.0f"), (t ~ /^direct/ ? "-" : cell(cpuN, t, "%.1f")), bad[t] }
  printf "\nover the upstream directly (difference of means; per-round min-max in brackets)\n"
  for (i = 1; i <= n; i++) { t = T[i]; if (t ~ /^direct/) continue
    v = t; sub(/^[a-z]+-/, "", v); d = "direct-" v; if (!((d, 1) in ttfb)) continue
    lo1 = ""; for (r = 1; r <= R; r++) if ((t, r) in ttfb && (d, r) in ttfb) { x = ttfb[t, r] - ttfb[d, r]; y = total[t, r] - total[d, r]
      if (lo1 == "" || x < lo1) lo1 = x; if (lo1 == "" || x > hi1) hi1 = x; if (r == 1 || y < lo2) lo2 = y; if (r == 1 || y > hi2) hi2 = y }
    rng(ttfb, t); a = MEAN; rng(ttfb, d); a -= MEAN; rng(total, t); b = MEAN; rng(total, d); b -= MEAN
    rng(rpsN, t); c = MEAN; rng(rpsN, d); c = (MEAN > 0 ? c / MEAN : 0)
    printf "  %-13s TTFB %+7.2f ms [%+.2f..%+.2f]  total %+8.2f ms [%+.2f..%+.2f]  req/s at %s conns x%.3f   goals: TTFB <= +1 ms; paced 1000 total <= +5 ms; CPU <= 15 us/chunk passthrough, <= 30 with pii-unmask\n",
      t, a, lo1, hi1, b, lo2, hi2, many, c; hi1 = ""; lo1 = "" }
}' "$results"
echo "(CPU: the gateway's utime+stime over the wrk run / (requests x chunks), CLK_TCK $clk_tck; errors: non-2xx plus socket errors)"
