-- wrk script: POST one chat completion per request to the route with durability pause-and-end.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer bench-key"
wrk.body = '{"model":"gpt-4o-mini-durable","messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"Say hello to the benchmark, please."}],"temperature":0.2}'
