import type {
  APPROVAL_STATUSES, APPROVAL_VIEWS, DELETED_OBJECTS, DURABILITIES, FILE_ERROR_CODES, FILE_PURPOSES, FILE_STATUSES, HALT_KINDS,
  MESSAGE_ROLES, RUN_STATUSES, TOOL_PIN_STATUSES, VECTOR_STORE_FILE_STATUSES, VECTOR_STORE_STATUSES,
} from "./schema.js";

/** The JSON field names of openapi.json, unchanged (snake_case), so a body reads as the documentation does. */

export type RunStatus = (typeof RUN_STATUSES)[number];
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export type ApprovalView = (typeof APPROVAL_VIEWS)[number];
export type ToolPinStatus = (typeof TOOL_PIN_STATUSES)[number];
export type MessageRole = (typeof MESSAGE_ROLES)[number];
export type HaltKind = (typeof HALT_KINDS)[number];
export type Durability = (typeof DURABILITIES)[number];

export interface ErrorDetail {
  message: string;
  type: string;
  code: string;
  param?: string | null;
}

/** The OpenAI-style error body every error response carries. */
export interface ErrorBody {
  error: ErrorDetail;
}

export interface ToolCallFunction {
  name?: string;
  arguments?: string;
}

export interface ToolCall {
  id?: string;
  type?: "function";
  function?: ToolCallFunction;
}

export interface ContentPart {
  type?: "text";
  text?: string;
}

export interface Message {
  role: MessageRole;
  content?: string | null | ContentPart[];
  name?: string;
  tool_call_id?: string;
  tool_calls?: ToolCall[];
}

/** One event of a run's log, as recorded; streamed as `event: run.event`. */
export interface RunEvent {
  time: string;
  source: string;
  type: string;
  detail: string;
  attributes: Record<string, string>;
}

/** Why a run stopped: a refusal, or (code `approval_required`) a pause. */
export interface Halt {
  source: string;
  /** The refusal's code, or approval_required for a paused run. */
  code: string;
  reason: string;
  /** Refused runs only. */
  kind?: HaltKind;
  /** Limits only: when the limit resets. */
  retry_at?: string;
}

/** A failed run's last provider failure. */
export interface RunError {
  code?: string;
  message?: string;
}

export interface Usage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
  /** Decimal, in the budgets' currency when priced. */
  cost?: string;
}

/** A passage a run retrieved (never its text). */
export interface Citation {
  collection: string;
  document: string;
  chunk: number;
  score: number;
}

export interface Run {
  id: string;
  object: "run";
  route: string;
  status: RunStatus;
  output?: Message | null;
  finish_reason?: string;
  halt?: Halt;
  error?: RunError;
  target?: string;
  usage?: Usage;
  /** Present when the run retrieved passages. */
  citations?: Citation[];
  labels?: Record<string, string>;
  events?: RunEvent[];
}

export interface Passage {
  collection?: string;
  document?: string;
  chunk?: number;
  score?: number;
  text?: string;
}

export interface Approval {
  id: string;
  object: "approval";
  run_id: string;
  route: string;
  principal: string;
  team: string;
  reason: string;
  guard: string;
  rules: string[];
  status: ApprovalStatus;
  approvals_required: number;
  approved_by: string[];
  created: string;
  expires: string;
  decided_by?: string;
  decided_at?: string;
  view?: ApprovalView;
  messages?: Message[];
  passages?: Passage[];
}

/** One event of a run in the hash-chained audit log; masked values appear as their placeholders. */
export interface AuditRecord {
  id: number;
  run_id: string;
  seq: number;
  time: string;
  route: string;
  principal: string;
  team: string;
  type: string;
  source: string;
  detail: string;
  attributes: Record<string, string>;
  hash: string;
}

export interface AuditVerification {
  object: "audit.verification";
  intact: boolean;
  chains: number;
  entries: number;
  events: number;
  archived: number;
  broken_at: number | null;
  problem: string | null;
}

export interface ToolPin {
  id: string;
  object: "tool_pin";
  route: string;
  source: string;
  tool: string;
  status: ToolPinStatus;
  approved_hash?: string;
  pending?: { hash?: string; description?: string; parameters?: string };
  first_seen?: string;
  updated?: string;
  decided_by?: string;
}

export interface Route {
  name: string;
  models: string[];
  ingress: string[];
  route: string | null;
  providers: string[];
  egress: string[];
  durability: Durability;
}

export interface Model {
  id: string;
  object: "model";
  created: number;
  owned_by: string;
}

export interface ListPage<T> {
  object: "list";
  data: T[];
}

export interface ToolCallDelta {
  index: number;
  id?: string;
  name?: string;
  arguments: string;
}

/** A piece of a streamed run's output as the egress released it: content, or a tool-call fragment. */
export interface Delta {
  content?: string;
  tool_call?: ToolCallDelta;
}

/** One limit of a budget: amounts in the report's currency (money) or as counts (tokens, requests). */
export interface BudgetLimit {
  name: string;
  period: string;
  limit: number | null;
  spent: number;
  reserved: number;
  lapsed: number;
  remaining: number | null;
  resets_at: string;
}

/** `GET /v1/budgets`: the caller's team (every team, for an admin) and key, each limit with what is left. */
export interface Budgets {
  object: "budgets";
  currency: string;
  as_of: string;
  teams: Array<{ team: string; limits: BudgetLimit[] }>;
  key: { id: string; limits: BudgetLimit[] };
}

export type CollectionStatus = (typeof VECTOR_STORE_STATUSES)[number];
export type CollectionFileStatus = (typeof VECTOR_STORE_FILE_STATUSES)[number];
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export interface FileCounts {
  in_progress: number;
  completed: number;
  failed: number;
  cancelled: number;
  total: number;
}

/** A collection: OpenAI's vector store. `metadata.aegis_readers` says who may search it. */
export interface Collection {
  id: string;
  object: "vector_store";
  created_at: number;
  /** Empty when none was given. */
  name: string;
  usage_bytes: number;
  file_counts: FileCounts;
  /** `in_progress` while a file is being ingested. */
  status: CollectionStatus;
  last_active_at: number;
  /** Collections here do not expire. */
  expires_at: null;
  metadata: Record<string, string>;
}

/** An uploaded file; it belongs to the uploader's team. */
export interface FileObject {
  id: string;
  object: "file";
  bytes: number;
  created_at: number;
  expires_at: null;
  filename: string;
  purpose: FilePurpose;
  status: (typeof FILE_STATUSES)[number];
  status_details: null;
}

export interface FileError {
  code: (typeof FILE_ERROR_CODES)[number];
  message: string;
}

export interface ChunkingStrategy {
  type: "static";
  static: { max_chunk_size_tokens: number; chunk_overlap_tokens: number };
}

/** A file attached to a collection: `completed` once chunked and embedded, else `failed` with `last_error`. */
export interface CollectionFile {
  id: string;
  object: "vector_store.file";
  usage_bytes: number;
  created_at: number;
  vector_store_id: string;
  status: CollectionFileStatus;
  last_error: FileError | null;
  chunking_strategy: ChunkingStrategy;
  attributes: Record<string, string | number | boolean>;
}

/** A passage found by a search; `score` is its cosine similarity to the query. */
export interface SearchResult {
  file_id: string;
  filename: string;
  score: number;
  attributes: Record<string, string | number | boolean>;
  content: Array<{ type: "text"; text: string }>;
}

export interface Deleted {
  id: string;
  object: (typeof DELETED_OBJECTS)[number];
  deleted: boolean;
}
