#!/usr/bin/env bash
# Before/after on the request path: two gateway jars side by side on one nginx upstream, measured in
# alternation (so the box's noise falls on both alike), on the passthrough, governed and
# governed + injection-guard routes of aegis-governed.yaml.
#   bench/load/ab.sh OLD_JAR NEW_JAR [ROUNDS] [SECONDS]
# e.g. build the old commit in a worktree (./mvnw -q -DskipTests package -pl aegis-cli -am) and pass its
# aegis-cli/target/aegis.jar. Prints one line per cell: round, jar, model, req/s; then the means.
set -uo pipefail
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "bench: needs wrk and nginx (run bench/load/run.sh once, or apt-get install wrk nginx-light)" >&2; exit 1; }
[ $# -ge 2 ] || { echo "usage: $0 OLD_JAR NEW_JAR [ROUNDS] [SECONDS]" >&2; exit 2; }
old_jar=$1 new_jar=$2 rounds=${3:-4} seconds=${4:-6}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
java="$("$repo/bin/find-jdk")/bin/java"
base=${BASE_PORT:-28190}
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
sed -e "s#PREFIX#$work#g" -e "s#UPSTREAM_PORT#$base#g" "$here/nginx.conf" > "$work/nginx.conf"
nginx -c "$work/nginx.conf" -p "$work" & pids+=($!)
start() {  # name jar port
  sed -e "s#DATA_DIR#$work/data-$1#" -e "s#UPSTREAM_PORT#$base#g" -e "s#PORT#$3#" -e "s#BUDGET_STORE#{type: sqlite}#" \
    "$here/aegis-governed.yaml" > "$work/$1.yaml"
  "$java" --enable-native-access=ALL-UNNAMED -Xms512m -Xmx512m -jar "$2" serve --config "$work/$1.yaml" --plugins-dir "$work/none" \
    > "$work/$1.log" 2>&1 & pids+=($!)
}
start old "$old_jar" $((base + 1))
start new "$new_jar" $((base + 2))
for port in $((base + 1)) $((base + 2)); do
  for _ in $(seq 150); do curl -fs "localhost:$port/readyz" >/dev/null && break; sleep 0.2; done
  curl -fs "localhost:$port/readyz" >/dev/null || { echo "a gateway did not start:" >&2; tail -20 "$work"/*.log >&2; exit 1; }
done
models=(gpt-4o-mini bench-governed bench-governed-injection)
for model in "${models[@]}"; do
  printf 'wrk.method="POST"\nwrk.body=[[{"model":"%s","messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"My name is Jane Doe and my e-mail is jane.doe@example.com. Say hello to the benchmark, please."}],"temperature":0.2}]]\nwrk.headers["Content-Type"]="application/json"\nwrk.headers["Authorization"]="Bearer bench-key"\n' \
    "$model" > "$work/$model.lua"
done
cell() { wrk -t2 -c32 -d"${seconds}s" -s "$work/$2.lua" "http://127.0.0.1:$1/v1/chat/completions" | awk '/Requests\/sec/ {print $2}'; }
for port in $((base + 1)) $((base + 2)); do for model in "${models[@]}"; do cell "$port" "$model" >/dev/null; done; done   # warm-up
for round in $(seq "$rounds"); do
  for side in old new; do
    port=$([ "$side" = old ] && echo $((base + 1)) || echo $((base + 2)))
    for model in "${models[@]}"; do echo "$round $side $model $(cell "$port" "$model")"; done
  done
done | tee "$work/cells"
awk '{ sum[$2" "$3] += $4; n[$2" "$3]++ } END { for (k in sum) printf "mean %-32s %8.0f req/s\n", k, sum[k] / n[k] }' "$work/cells" | sort
