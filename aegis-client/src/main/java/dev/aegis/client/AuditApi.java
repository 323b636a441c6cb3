package dev.aegis.client;

import dev.aegis.client.model.AuditQuery;
import dev.aegis.client.model.AuditRecord;
import dev.aegis.client.model.AuditVerification;
import java.util.List;

/** The hash-chained audit log (roles auditor or admin). */
public interface AuditApi {

    /** The records the query selects. */
    List<AuditRecord> list(AuditQuery query);

    default List<AuditRecord> list() {
        return list(AuditQuery.all());
    }

    /** Checks every chain of the log end to end. */
    AuditVerification verify();
}
