-- Takes, raises or renews one gateway's lease on one counter. A lease is a ledger hash holding one
-- charge while its state is 'reserved', added to the counter's reserved like a reservation.
-- KEYS[1] the lease's ledger hash, KEYS[2] the open set, KEYS[3] the counter
-- ARGV[1] lease id, ARGV[2] counter name, ARGV[3] unit, ARGV[4] limit, ARGV[5] wanted, ARGV[6] step,
-- ARGV[7] share, ARGV[8] minimum steps, ARGV[9] created at, ARGV[10] expires at (epoch ms),
-- ARGV[11] counter lifetime (ms)
-- Returns the amount granted, or -1 when the lease had ended (swept after lapsing).
local state = redis.call('HGET', KEYS[1], 'state')
if state and state ~= 'reserved' then
  return -1
end
local values = redis.call('HMGET', KEYS[3], 'spent', 'reserved')
local room = tonumber(ARGV[4]) - tonumber(values[1] or '0') - tonumber(values[2] or '0')
local step = tonumber(ARGV[6])
local cap = math.min(tonumber(ARGV[5]), math.floor(math.max(0, room) / tonumber(ARGV[7])))
local granted = math.floor(cap / step) * step
if granted < tonumber(ARGV[8]) * step then
  granted = 0
end
if not state and granted == 0 then
  return 0
end
if redis.call('HSETNX', KEYS[3], 'unit', ARGV[3]) == 1 then
  redis.call('HSET', KEYS[3], 'spent', 0, 'reserved', 0)
  redis.call('PEXPIRE', KEYS[3], ARGV[11])
end
redis.call('HINCRBY', KEYS[3], 'reserved', granted)
if not state then
  redis.call('HSET', KEYS[1], 'state', 'reserved', 'lease', '1', 'run_id', 'lease', 'unit:' .. ARGV[2], ARGV[3],
    'created_at', ARGV[9])
end
redis.call('HINCRBY', KEYS[1], 'charge:' .. ARGV[2], granted)
redis.call('HSET', KEYS[1], 'expires_at', ARGV[10])
redis.call('ZADD', KEYS[2], ARGV[10], ARGV[1])
return granted
