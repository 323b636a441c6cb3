package dev.aegis.runtime.audit;

import java.util.HashMap;
import java.util.Map;

/**
 * Walks every chain's entries in position order and names the first one that does not hold. A chain
 * whose oldest entries were archived starts from its anchor ({@link #start}), or from the genesis
 * when its archive segments are walked first.
 */
final class ChainWalk {

    private final int chains;
    private final Map<String, Long> lastPosition = new HashMap<>();
    private final Map<String, String> lastHash = new HashMap<>();
    private final Map<String, Long> lastId = new HashMap<>();
    private long entries;
    private long events;
    private long archived;

    ChainWalk(int chains) {
        this.chains = chains;
    }

    /** The chain continues from its anchor: the position and hash of its last archived entry. */
    void start(String chain, long position, String hash) {
        lastPosition.put(chain, position);
        lastHash.put(chain, hash);
    }

    /** Counts the entries of the chains that live in archive segments now. */
    void archived(long count) {
        archived += count;
    }

    long position(String chain) {
        return lastPosition.getOrDefault(chain, 0L);
    }

    String hash(String chain) {
        return lastHash.getOrDefault(chain, AuditHashes.GENESIS);
    }

    /** @return the verdict when this entry breaks its chain, else null */
    Verification next(String chain, long id, long position, String previousHash, String hash, AuditEntry entry) {
        entries++;
        events += entry.eventCount();
        long expected = lastPosition.getOrDefault(chain, 0L) + 1;
        String expectedHash = lastHash.getOrDefault(chain, AuditHashes.GENESIS);
        if (position != expected || !previousHash.equals(expectedHash)) {
            Long before = lastId.get(chain);
            if (before == null && lastPosition.containsKey(chain)) {
                return broken(id, "entry " + id + " is the first of chain '" + chain + "' but does not continue from its archive anchor (position "
                        + lastPosition.get(chain) + "): the entries before it were deleted, or the anchor was edited");
            }
            return broken(id, before == null
                    ? "entry " + id + " is the first of chain '" + chain + "' but does not start it: the entries before it were deleted"
                    : "entry " + id + " does not follow entry " + before + " in chain '" + chain + "': an entry between them was deleted, or entry "
                            + before + " was edited");
        }
        if (!AuditHashes.hash(previousHash, chain, position, entry).equals(hash)) {
            return broken(id, "entry " + id + " of chain '" + chain + "' was edited (its content does not match its hash)");
        }
        lastPosition.put(chain, position);
        lastHash.put(chain, hash);
        lastId.put(chain, id);
        return null;
    }

    /** @return the verdict when the chain's head does not match its last entry, else null */
    Verification end(String chain, long headPosition, String headHash) {
        long position = lastPosition.getOrDefault(chain, 0L);
        String hash = lastHash.getOrDefault(chain, AuditHashes.GENESIS);
        if (position == headPosition && hash.equals(headHash)) {
            return null;
        }
        long at = lastId.getOrDefault(chain, 0L);
        return broken(at, position < headPosition
                ? "chain '" + chain + "' ends at position " + position + " but its head records position " + headPosition
                        + ": the newest entries were deleted"
                : "the head of chain '" + chain + "' does not match its last entry: the head or the last entry was edited");
    }

    Verification broken(long id, String problem) {
        return Verification.broken(chains, entries, events, archived, id, problem);
    }

    Verification intact() {
        return Verification.intact(chains, entries, events, archived);
    }
}
