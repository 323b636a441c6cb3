-- The group commit of ended leased runs: one ledger hash each (as a settled or released
-- reservation); each charge moves what the run cost out of its lease into spent (the counter's total
-- does not change), or, on a counter without a limit, adds it to spent.
-- KEYS, per run: its ledger hash, then per charge: the counter, and its lease's ledger hash or the
-- run's own again (no lease)
-- ARGV[1] ledger retention (ms), then per run: id, number of field pairs, the pairs, number of charges,
-- then per charge: counter name, unit, reserved, charged, lease id ('' for none), counter lifetime (ms)
local retention = ARGV[1]
local a, k = 2, 1
while a <= #ARGV do
  local ledger = KEYS[k]
  k = k + 1
  a = a + 1 -- the id, for reading the arguments
  local nfields = tonumber(ARGV[a])
  a = a + 1
  for f = 0, nfields - 1 do
    redis.call('HSET', ledger, ARGV[a + 2 * f], ARGV[a + 2 * f + 1])
  end
  a = a + 2 * nfields
  local ncharges = tonumber(ARGV[a])
  a = a + 1
  for c = 1, ncharges do
    local name, unit, reserved, charged, lease, lifetime = ARGV[a], ARGV[a + 1], ARGV[a + 2], tonumber(ARGV[a + 3]), ARGV[a + 4], ARGV[a + 5]
    local counter, lease_key = KEYS[k], KEYS[k + 1]
    k = k + 2
    a = a + 6
    redis.call('HSET', ledger, 'unit:' .. name, unit, 'charge:' .. name, reserved, 'charged:' .. name, charged)
    if redis.call('HSETNX', counter, 'unit', unit) == 1 then
      redis.call('HSET', counter, 'spent', 0, 'reserved', 0)
      redis.call('PEXPIRE', counter, lifetime)
    end
    local taken = 0
    if lease ~= '' and redis.call('HGET', lease_key, 'state') == 'reserved' then
      -- a lease that lapsed kept everything it held already: nothing to move out of it
      taken = math.min(charged, tonumber(redis.call('HGET', lease_key, 'charge:' .. name) or '0'))
      redis.call('HINCRBY', lease_key, 'charge:' .. name, 0 - taken) -- never -0, which HINCRBY refuses
    end
    redis.call('HINCRBY', counter, 'reserved', 0 - taken) -- never -0, which HINCRBY refuses
    redis.call('HINCRBY', counter, 'spent', charged)
  end
  redis.call('PEXPIRE', ledger, retention)
end
return 0
