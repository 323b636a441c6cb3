package dev.aegis.client.internal;

import dev.aegis.client.AuditApi;
import dev.aegis.client.model.AuditQuery;
import dev.aegis.client.model.AuditRecord;
import dev.aegis.client.model.AuditVerification;
import java.util.List;

/** {@code GET /v1/audit} and {@code GET /v1/audit/verify}. */
public final class HttpAudit implements AuditApi {

    private final Transport transport;

    public HttpAudit(Transport transport) {
        this.transport = transport;
    }

    @Override
    public List<AuditRecord> list(AuditQuery query) {
        Call call = Call.get("/v1/audit");
        if (query.run().isPresent()) {
            call = call.withQuery("run", query.run().get());
        }
        if (query.route().isPresent()) {
            call = call.withQuery("route", query.route().get());
        }
        if (query.principal().isPresent()) {
            call = call.withQuery("principal", query.principal().get());
        }
        if (query.type().isPresent()) {
            call = call.withQuery("type", query.type().get());
        }
        if (query.since().isPresent()) {
            call = call.withQuery("since", query.since().get().toString());
        }
        if (query.after().isPresent()) {
            call = call.withQuery("after", Long.toString(query.after().get()));
        }
        if (query.limit().isPresent()) {
            call = call.withQuery("limit", Integer.toString(query.limit().get()));
        }
        return Decoding.list(transport.json(call), AuditRecord.class);
    }

    @Override
    public AuditVerification verify() {
        return Decoding.one(transport.json(Call.get("/v1/audit/verify")), AuditVerification.class);
    }
}
