-- wrk script for streaming.sh: POST one streamed chat completion per request, to the route of $BENCH_MODEL.
-- The prompt carries a name and an e-mail address, so pii-mask masks and pii-unmask has placeholders to watch for.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer bench-key"
local model = os.getenv("BENCH_MODEL") or "gpt-4o-mini"
wrk.body = '{"model":"' .. model .. '","stream":true,"messages":[{"role":"system","content":"You are terse."},'
  .. '{"role":"user","content":"My name is Jane Doe and my e-mail is jane.doe@example.com. Tell the benchmark a long story, please."}]}'
