-- Ends an open lease: gives back up to ARGV[3] of what it holds; what it holds beyond that (runs of
-- a gateway that died, or still in flight at shutdown) stays charged as spent, and is counted lapsed.
-- KEYS[1] the lease's ledger hash, KEYS[2] the open set, KEYS[3] the counter
-- ARGV[1] lease id, ARGV[2] counter name, ARGV[3] returned, ARGV[4] state ('released' | 'expired'),
-- ARGV[5] ended at (epoch ms), ARGV[6] ledger retention (ms)
if redis.call('HGET', KEYS[1], 'state') ~= 'reserved' then
  return 0
end
local held = tonumber(redis.call('HGET', KEYS[1], 'charge:' .. ARGV[2]) or '0')
local kept = held - math.min(math.max(0, tonumber(ARGV[3])), held)
if redis.call('EXISTS', KEYS[3]) == 1 then
  redis.call('HINCRBY', KEYS[3], 'reserved', 0 - held) -- never -0, which HINCRBY refuses
  redis.call('HINCRBY', KEYS[3], 'spent', kept)
  redis.call('HINCRBY', KEYS[3], 'lapsed', kept)
end
redis.call('HSET', KEYS[1], 'state', ARGV[4], 'charged:' .. ARGV[2], kept, 'ended_at', ARGV[5])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[6])
return 1
