-- Reserves every charge of one reservation, or none. Runs atomically: no other command runs
-- between the checks and the increments.
-- KEYS[1] the ledger hash, KEYS[2] the open-reservations sorted set, KEYS[3..] the counters (key order)
-- ARGV[1] the reservation id, ARGV[2] its expiry (epoch ms), ARGV[3] the number of ledger fields (pairs),
-- then those field/value pairs, then per counter: name, amount, limit (-1: none), unit, lifetime (ms)
local id, expires_at, nfields = ARGV[1], ARGV[2], tonumber(ARGV[3])
local first = 4 + 2 * nfields
local counters = #KEYS - 2
if redis.call('EXISTS', KEYS[1]) == 1 then
  return -1
end
for i = 1, counters do
  local at = first + (i - 1) * 5
  local limit = tonumber(ARGV[at + 2])
  if limit >= 0 then
    local values = redis.call('HMGET', KEYS[2 + i], 'spent', 'reserved')
    local spent = tonumber(values[1] or '0')
    local reserved = tonumber(values[2] or '0')
    if spent + reserved + tonumber(ARGV[at + 1]) > limit then
      return i
    end
  end
end
for i = 1, counters do
  local at = first + (i - 1) * 5
  local counter = KEYS[2 + i]
  if redis.call('HSETNX', counter, 'unit', ARGV[at + 3]) == 1 then
    redis.call('HSET', counter, 'spent', 0, 'reserved', 0)
    redis.call('PEXPIRE', counter, ARGV[at + 4])
  end
  redis.call('HINCRBY', counter, 'reserved', ARGV[at + 1])
  redis.call('HSET', KEYS[1], 'charge:' .. ARGV[at], ARGV[at + 1], 'unit:' .. ARGV[at], ARGV[at + 3])
end
for f = 0, nfields - 1 do
  redis.call('HSET', KEYS[1], ARGV[4 + 2 * f], ARGV[5 + 2 * f])
end
redis.call('HSET', KEYS[1], 'state', 'reserved')
redis.call('ZADD', KEYS[2], expires_at, id)
return 0
