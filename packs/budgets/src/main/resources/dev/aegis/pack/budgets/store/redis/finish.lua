-- Ends one reservation: settled, released or expired; idempotent. A released or expired reservation
-- may still be settled late, once: its cost and tokens are added, nothing is released twice and the
-- request is not counted again.
-- KEYS[1] the ledger hash, KEYS[2] the open-reservations sorted set, KEYS[3..] its counters
-- ARGV[1] id, ARGV[2] target state, ARGV[3] money, ARGV[4] tokens, ARGV[5] requests charged,
-- ARGV[6] model, ARGV[7] ended at (epoch ms), ARGV[8] ledger retention (ms), ARGV[9..] counter names
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  return 0
end
local target = ARGV[2]
local open = state == 'reserved'
if not open and not ((state == 'expired' or state == 'released') and target == 'settled') then
  return 0
end
local charged_by_unit = { money = ARGV[3], tokens = ARGV[4], requests = ARGV[5] }
for i = 3, #KEYS do
  local name = ARGV[9 + i - 3]
  local unit = redis.call('HGET', KEYS[1], 'unit:' .. name)
  local charged = charged_by_unit[unit]
  if not open and unit == 'requests' then
    charged = nil
  elseif open then
    redis.call('HINCRBY', KEYS[i], 'reserved', -tonumber(redis.call('HGET', KEYS[1], 'charge:' .. name)))
    redis.call('HINCRBY', KEYS[i], 'spent', charged)
  elseif redis.call('EXISTS', KEYS[i]) == 1 then
    -- a late settlement: the window may be gone already, and must not come back without its expiry
    redis.call('HINCRBY', KEYS[i], 'spent', charged)
  end
  if charged then
    redis.call('HSET', KEYS[1], 'charged:' .. name, charged)
  end
end
redis.call('HSET', KEYS[1], 'state', target, 'actual_cost', ARGV[3], 'actual_tokens', ARGV[4],
  'settled_model', ARGV[6], 'ended_at', ARGV[7])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[8])
return 1
