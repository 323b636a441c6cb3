-- wrk script for governed.sh: POST one chat completion per request, to the route of the model in $BENCH_MODEL
-- (default gpt-4o-mini). The prompt carries personal data (a name and an e-mail address), so pii-mask has
-- something to mask, classify something to raise the level for, and the residency router a level to route by.
-- BENCH_PORTKEY=1 adds the headers that make Portkey's gateway proxy to the nginx upstream as an OpenAI provider.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer bench-key"
if os.getenv("BENCH_PORTKEY") == "1" then
  wrk.headers["x-portkey-provider"] = "openai"
  wrk.headers["x-portkey-custom-host"] = os.getenv("BENCH_UPSTREAM") or "http://127.0.0.1:18080/v1"
end
local model = os.getenv("BENCH_MODEL") or "gpt-4o-mini"
wrk.body = '{"model":"' .. model .. '","messages":[{"role":"system","content":"You are terse."},'
  .. '{"role":"user","content":"My name is Jane Doe and my e-mail is jane.doe@example.com. Say hello to the benchmark, please."}],'
  .. '"temperature":0.2}'
