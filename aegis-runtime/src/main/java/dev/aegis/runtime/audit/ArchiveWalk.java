package dev.aegis.runtime.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Walks a chain's archive segments from the genesis on, so the live entries then continue the
 * same walk: the segments must link end to end and the last must end exactly at the chain's anchor.
 * A segment that starts past the anchor is ignored: a move that wrote it did not commit, so its
 * entries are still live (the next archiving removes it).
 */
final class ArchiveWalk {

    private ArchiveWalk() {}

    /** @return the verdict when the archive does not hold or does not meet the anchor, else null */
    static Verification walk(ChainWalk walk, Path archive, String chain, Optional<AuditAnchors.Anchor> anchor) {
        long anchorPosition = anchor.map(AuditAnchors.Anchor::position).orElse(0L);
        String anchorHash = anchor.map(AuditAnchors.Anchor::hash).orElse(AuditHashes.GENESIS);
        try {
            for (Path file : AuditSegment.list(archive, chain)) {
                if (AuditSegment.firstPosition(file) > anchorPosition) {
                    continue;
                }
                Verification broken = AuditSegment.read(file).walk(walk);
                if (broken != null) {
                    return broken;
                }
            }
        } catch (IOException | RuntimeException e) {
            return walk.broken(0, "the archive of chain '" + chain + "' cannot be read: " + e.getMessage());
        }
        if (walk.position(chain) != anchorPosition || !walk.hash(chain).equals(anchorHash)) {
            return walk.broken(0, "the archive of chain '" + chain + "' ends at position " + walk.position(chain)
                    + " but the chain's anchor is at position " + anchorPosition
                    + (walk.position(chain) == anchorPosition ? " with another hash: the anchor or the last segment was edited"
                            : walk.position(chain) < anchorPosition ? ": segments are missing" : ": the anchor was edited"));
        }
        return null;
    }
}
