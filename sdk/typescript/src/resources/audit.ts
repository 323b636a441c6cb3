import { ENDPOINTS } from "../endpoints.js";
import type { AuditRecord, AuditVerification } from "../models.js";
import { asList, asModel } from "../parse.js";
import { MODELS } from "../schema.js";
import type { RequestOptions, Transport } from "../transport.js";

export interface AuditQuery {
  run?: string;
  route?: string;
  principal?: string;
  type?: string;
  /** Records at or after this time (an ISO-8601 string or a Date). */
  since?: string | Date;
  /** Oldest first from the entry after this id (paging forward; records of one entry share its id). */
  after?: number;
  limit?: number;
}

/** The hash-chained audit log (`/v1/audit`; roles auditor or admin). */
export class Audit {
  constructor(private readonly transport: Transport) {}

  /** Audit records, newest first; with `after`, oldest first from the entry after that id. An entry is never split. */
  async list(query: AuditQuery = {}, options?: RequestOptions): Promise<AuditRecord[]> {
    const since = query.since instanceof Date ? query.since.toISOString() : query.since;
    const { data } = await this.transport.json({
      endpoint: ENDPOINTS.listAudit,
      query: { ...query, since },
      options,
    });
    return asList<AuditRecord>(MODELS.AuditRecord, data);
  }

  /** Recomputes the log's hash chains: whether it is intact, and where it broke if not. */
  async verify(options?: RequestOptions): Promise<AuditVerification> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.verifyAudit, options });
    return asModel<AuditVerification>(MODELS.AuditVerification, data);
  }
}
