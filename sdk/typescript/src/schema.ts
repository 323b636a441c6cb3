/**
 * A runtime description of what the SDK reads and sends, as openapi.json names it. TypeScript types are
 * erased at run time, so the agreement test compares these lists with the document, and a type test
 * (test/types) ties each interface in models.ts to its list, so neither can drift from the other.
 */

/** An object the gateway answers: its schema in openapi.json, its fields, and the enums among them. */
export interface ModelDescriptor {
  /** The name in components.schemas, or a JSON pointer-like path inside another schema ("Run.halt"). */
  readonly schema: string;
  readonly fields: readonly string[];
  /** The value of its constant "object" field, when it has one. */
  readonly object?: string;
  readonly enums?: Readonly<Record<string, readonly string[]>>;
  /** Objects nested in a field (for an array field, its items), described the same way. */
  readonly nested?: Readonly<Record<string, ModelDescriptor>>;
}

export const RUN_STATUSES = ["completed", "refused", "paused", "failed"] as const;
export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "expired"] as const;
export const APPROVAL_VIEWS = ["masked", "revealed"] as const;
export const TOOL_PIN_STATUSES = ["approved", "quarantined"] as const;
export const MESSAGE_ROLES = ["system", "developer", "user", "assistant", "tool"] as const;
export const HALT_KINDS = ["policy", "limit", "unavailable"] as const;
export const DURABILITIES = ["none", "pause-and-end", "every-step"] as const;
export const VECTOR_STORE_STATUSES = ["in_progress", "completed"] as const;
export const VECTOR_STORE_FILE_STATUSES = ["in_progress", "completed", "failed"] as const;
export const FILE_PURPOSES = ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"] as const;
export const FILE_STATUSES = ["processed"] as const;
export const FILE_ERROR_CODES = ["server_error", "unsupported_file", "invalid_file"] as const;
export const DELETED_OBJECTS = ["file", "vector_store.deleted", "vector_store.file.deleted"] as const;

export const ERROR_FIELDS = ["error"] as const;
export const ERROR_DETAIL_FIELDS = ["message", "type", "code", "param"] as const;
export const MESSAGE_FIELDS = ["role", "content", "name", "tool_call_id", "tool_calls"] as const;
export const CONTENT_PART_FIELDS = ["type", "text"] as const;
export const TOOL_CALL_FIELDS = ["id", "type", "function"] as const;
export const TOOL_CALL_FUNCTION_FIELDS = ["name", "arguments"] as const;
export const RUN_EVENT_FIELDS = ["time", "source", "type", "detail", "attributes"] as const;
export const HALT_FIELDS = ["source", "code", "reason", "kind", "retry_at"] as const;
export const RUN_ERROR_FIELDS = ["code", "message"] as const;
export const USAGE_FIELDS = ["prompt_tokens", "completion_tokens", "total_tokens", "cost"] as const;
export const CITATION_FIELDS = ["collection", "document", "chunk", "score"] as const;
export const RUN_FIELDS = [
  "id", "object", "route", "status", "output", "finish_reason", "halt", "error", "target", "usage", "citations", "labels",
  "events",
] as const;
export const PASSAGE_FIELDS = ["collection", "document", "chunk", "score", "text"] as const;
export const APPROVAL_FIELDS = [
  "id", "object", "run_id", "route", "principal", "team", "reason", "guard", "rules", "status", "approvals_required",
  "approved_by", "created", "expires", "decided_by", "decided_at", "view", "messages", "passages",
] as const;
export const AUDIT_RECORD_FIELDS = [
  "id", "run_id", "seq", "time", "route", "principal", "team", "type", "source", "detail", "attributes", "hash",
] as const;
export const AUDIT_VERIFICATION_FIELDS = ["object", "intact", "chains", "entries", "events", "archived", "broken_at", "problem"] as const;
export const TOOL_PIN_PENDING_FIELDS = ["hash", "description", "parameters"] as const;
export const TOOL_PIN_FIELDS = [
  "id", "object", "route", "source", "tool", "status", "approved_hash", "pending", "first_seen", "updated", "decided_by",
] as const;
export const ROUTE_FIELDS = ["name", "models", "ingress", "route", "providers", "egress", "durability"] as const;
export const MODEL_FIELDS = ["id", "object", "created", "owned_by"] as const;
export const BUDGET_LIMIT_FIELDS = ["name", "period", "limit", "spent", "reserved", "lapsed", "remaining", "resets_at"] as const;
export const BUDGETS_FIELDS = ["object", "currency", "as_of", "teams", "key"] as const;
export const BUDGETS_TEAM_FIELDS = ["team", "limits"] as const;
export const BUDGETS_KEY_FIELDS = ["id", "limits"] as const;
export const DELTA_FIELDS = ["content", "tool_call"] as const;
export const TOOL_CALL_DELTA_FIELDS = ["index", "id", "name", "arguments"] as const;
export const FILE_COUNTS_FIELDS = ["in_progress", "completed", "failed", "cancelled", "total"] as const;
export const COLLECTION_FIELDS = [
  "id", "object", "created_at", "name", "usage_bytes", "file_counts", "status", "last_active_at", "expires_at", "metadata",
] as const;
export const FILE_FIELDS = ["id", "object", "bytes", "created_at", "expires_at", "filename", "purpose", "status", "status_details"] as const;
export const COLLECTION_FILE_FIELDS = [
  "id", "object", "usage_bytes", "created_at", "vector_store_id", "status", "last_error", "chunking_strategy", "attributes",
] as const;
export const FILE_ERROR_FIELDS = ["code", "message"] as const;
export const CHUNKING_STRATEGY_FIELDS = ["type", "static"] as const;
export const STATIC_CHUNKING_FIELDS = ["max_chunk_size_tokens", "chunk_overlap_tokens"] as const;
export const SEARCH_RESULT_FIELDS = ["file_id", "filename", "score", "attributes", "content"] as const;
export const DELETED_FIELDS = ["id", "object", "deleted"] as const;

const message: ModelDescriptor = {
  schema: "Message",
  fields: MESSAGE_FIELDS,
  enums: { role: MESSAGE_ROLES },
  nested: {
    content: { schema: "Message.content", fields: CONTENT_PART_FIELDS },
    tool_calls: {
      schema: "ToolCall",
      fields: TOOL_CALL_FIELDS,
      nested: { function: { schema: "ToolCall.function", fields: TOOL_CALL_FUNCTION_FIELDS } },
    },
  },
};
const citation: ModelDescriptor = { schema: "Citation", fields: CITATION_FIELDS };
const budgetLimit: ModelDescriptor = { schema: "BudgetLimit", fields: BUDGET_LIMIT_FIELDS };
const runEvent: ModelDescriptor = { schema: "RunEvent", fields: RUN_EVENT_FIELDS };
const fileCounts: ModelDescriptor = { schema: "FileCounts", fields: FILE_COUNTS_FIELDS };

/** Every model the SDK parses, by the name its TypeScript interface has. */
export const MODELS = {
  Error: { schema: "Error", fields: ERROR_FIELDS, nested: { error: { schema: "Error.error", fields: ERROR_DETAIL_FIELDS } } },
  Message: message,
  RunEvent: runEvent,
  Run: {
    schema: "Run",
    fields: RUN_FIELDS,
    object: "run",
    enums: { status: RUN_STATUSES },
    nested: {
      halt: { schema: "Run.halt", fields: HALT_FIELDS, enums: { kind: HALT_KINDS } },
      error: { schema: "Run.error", fields: RUN_ERROR_FIELDS },
      usage: { schema: "Run.usage", fields: USAGE_FIELDS },
      citations: citation,
      events: runEvent,
      output: message,
    },
  },
  Approval: {
    schema: "Approval",
    fields: APPROVAL_FIELDS,
    object: "approval",
    enums: { status: APPROVAL_STATUSES, view: APPROVAL_VIEWS },
    nested: { messages: message, passages: { schema: "Approval.passages", fields: PASSAGE_FIELDS } },
  },
  AuditRecord: { schema: "AuditRecord", fields: AUDIT_RECORD_FIELDS },
  AuditVerification: { schema: "AuditVerification", fields: AUDIT_VERIFICATION_FIELDS, object: "audit.verification" },
  ToolPin: {
    schema: "ToolPin",
    fields: TOOL_PIN_FIELDS,
    object: "tool_pin",
    enums: { status: TOOL_PIN_STATUSES },
    nested: { pending: { schema: "ToolPin.pending", fields: TOOL_PIN_PENDING_FIELDS } },
  },
  Citation: citation,
  Route: { schema: "Route", fields: ROUTE_FIELDS, enums: { durability: DURABILITIES } },
  Model: { schema: "Model", fields: MODEL_FIELDS, object: "model" },
  Budgets: {
    schema: "Budgets",
    fields: BUDGETS_FIELDS,
    object: "budgets",
    nested: {
      teams: { schema: "Budgets.teams", fields: BUDGETS_TEAM_FIELDS, nested: { limits: budgetLimit } },
      key: { schema: "Budgets.key", fields: BUDGETS_KEY_FIELDS, nested: { limits: budgetLimit } },
    },
  },
  Collection: {
    schema: "VectorStore",
    fields: COLLECTION_FIELDS,
    object: "vector_store",
    enums: { status: VECTOR_STORE_STATUSES },
    nested: { file_counts: fileCounts },
  },
  FileObject: { schema: "File", fields: FILE_FIELDS, object: "file", enums: { purpose: FILE_PURPOSES, status: FILE_STATUSES } },
  CollectionFile: {
    schema: "VectorStoreFile",
    fields: COLLECTION_FILE_FIELDS,
    object: "vector_store.file",
    enums: { status: VECTOR_STORE_FILE_STATUSES },
    nested: {
      last_error: { schema: "VectorStoreFile.last_error", fields: FILE_ERROR_FIELDS, enums: { code: FILE_ERROR_CODES } },
      chunking_strategy: {
        schema: "VectorStoreFile.chunking_strategy",
        fields: CHUNKING_STRATEGY_FIELDS,
        nested: { static: { schema: "VectorStoreFile.chunking_strategy.static", fields: STATIC_CHUNKING_FIELDS } },
      },
    },
  },
  SearchResult: {
    schema: "SearchResult",
    fields: SEARCH_RESULT_FIELDS,
    nested: { content: { schema: "SearchResult.content", fields: CONTENT_PART_FIELDS } },
  },
  Deleted: { schema: "Deleted", fields: DELETED_FIELDS, enums: { object: DELETED_OBJECTS } },
  Delta: {
    schema: "RunDelta",
    fields: DELTA_FIELDS,
    nested: { tool_call: { schema: "RunDelta.tool_call", fields: TOOL_CALL_DELTA_FIELDS } },
  },
} as const satisfies Record<string, ModelDescriptor>;

/** The named events of a streamed run (`POST /v1/runs` with `stream: true`), with the model each one carries. */
export const STREAM_EVENTS = {
  "run.event": "RunEvent",
  delta: "RunDelta",
  run: "Run",
  error: "Error",
} as const satisfies Record<string, string>;
