// Compiled with `tsc --noEmit` by `npm run build`: each line fails to compile when an interface of
// models.ts and the field list of schema.ts that the agreement test checks have different fields.
import type * as Models from "../../src/models.js";
import type * as Schema from "../../src/schema.js";

/** true when A and B are the same set of names. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type FieldsOf<List extends readonly string[]> = List[number];
type Item<T> = T extends ReadonlyArray<infer I> ? I : NonNullable<T>;

export const agreements: Array<true> = [
  true satisfies Same<FieldsOf<typeof Schema.ERROR_FIELDS>, keyof Models.ErrorBody>,
  true satisfies Same<FieldsOf<typeof Schema.ERROR_DETAIL_FIELDS>, keyof Models.ErrorDetail>,
  true satisfies Same<FieldsOf<typeof Schema.MESSAGE_FIELDS>, keyof Models.Message>,
  true satisfies Same<FieldsOf<typeof Schema.TOOL_CALL_FIELDS>, keyof Models.ToolCall>,
  true satisfies Same<FieldsOf<typeof Schema.TOOL_CALL_FUNCTION_FIELDS>, keyof Models.ToolCallFunction>,
  true satisfies Same<FieldsOf<typeof Schema.CONTENT_PART_FIELDS>, keyof Models.ContentPart>,
  true satisfies Same<FieldsOf<typeof Schema.RUN_EVENT_FIELDS>, keyof Models.RunEvent>,
  true satisfies Same<FieldsOf<typeof Schema.RUN_FIELDS>, keyof Models.Run>,
  true satisfies Same<FieldsOf<typeof Schema.HALT_FIELDS>, keyof Models.Halt>,
  true satisfies Same<FieldsOf<typeof Schema.RUN_ERROR_FIELDS>, keyof Models.RunError>,
  true satisfies Same<FieldsOf<typeof Schema.USAGE_FIELDS>, keyof Models.Usage>,
  true satisfies Same<FieldsOf<typeof Schema.CITATION_FIELDS>, keyof Models.Citation>,
  true satisfies Same<FieldsOf<typeof Schema.APPROVAL_FIELDS>, keyof Models.Approval>,
  true satisfies Same<FieldsOf<typeof Schema.PASSAGE_FIELDS>, keyof Models.Passage>,
  true satisfies Same<FieldsOf<typeof Schema.AUDIT_RECORD_FIELDS>, keyof Models.AuditRecord>,
  true satisfies Same<FieldsOf<typeof Schema.AUDIT_VERIFICATION_FIELDS>, keyof Models.AuditVerification>,
  true satisfies Same<FieldsOf<typeof Schema.TOOL_PIN_FIELDS>, keyof Models.ToolPin>,
  true satisfies Same<FieldsOf<typeof Schema.TOOL_PIN_PENDING_FIELDS>, keyof Item<Models.ToolPin["pending"]>>,
  true satisfies Same<FieldsOf<typeof Schema.ROUTE_FIELDS>, keyof Models.Route>,
  true satisfies Same<FieldsOf<typeof Schema.MODEL_FIELDS>, keyof Models.Model>,
  true satisfies Same<FieldsOf<typeof Schema.BUDGETS_FIELDS>, keyof Models.Budgets>,
  true satisfies Same<FieldsOf<typeof Schema.BUDGETS_TEAM_FIELDS>, keyof Item<Models.Budgets["teams"]>>,
  true satisfies Same<FieldsOf<typeof Schema.BUDGETS_KEY_FIELDS>, keyof Models.Budgets["key"]>,
  true satisfies Same<FieldsOf<typeof Schema.BUDGET_LIMIT_FIELDS>, keyof Models.BudgetLimit>,
  true satisfies Same<FieldsOf<typeof Schema.DELTA_FIELDS>, keyof Models.Delta>,
  true satisfies Same<FieldsOf<typeof Schema.TOOL_CALL_DELTA_FIELDS>, keyof Models.ToolCallDelta>,
  true satisfies Same<FieldsOf<typeof Schema.FILE_COUNTS_FIELDS>, keyof Models.FileCounts>,
  true satisfies Same<FieldsOf<typeof Schema.COLLECTION_FIELDS>, keyof Models.Collection>,
  true satisfies Same<FieldsOf<typeof Schema.FILE_FIELDS>, keyof Models.FileObject>,
  true satisfies Same<FieldsOf<typeof Schema.COLLECTION_FILE_FIELDS>, keyof Models.CollectionFile>,
  true satisfies Same<FieldsOf<typeof Schema.FILE_ERROR_FIELDS>, keyof Models.FileError>,
  true satisfies Same<FieldsOf<typeof Schema.CHUNKING_STRATEGY_FIELDS>, keyof Models.ChunkingStrategy>,
  true satisfies Same<FieldsOf<typeof Schema.STATIC_CHUNKING_FIELDS>, keyof Models.ChunkingStrategy["static"]>,
  true satisfies Same<FieldsOf<typeof Schema.SEARCH_RESULT_FIELDS>, keyof Models.SearchResult>,
  true satisfies Same<FieldsOf<typeof Schema.CONTENT_PART_FIELDS>, keyof Item<Models.SearchResult["content"]>>,
  true satisfies Same<FieldsOf<typeof Schema.DELETED_FIELDS>, keyof Models.Deleted>,
];

// The descriptors the agreement test reads are built from these lists, and the nested ones must be the
// lists of the interfaces their fields hold.
export const nested: Array<true> = [
  true satisfies Same<typeof Schema.MODELS.Run.nested.halt.fields, typeof Schema.HALT_FIELDS>,
  true satisfies Same<typeof Schema.MODELS.Approval.nested.passages.fields, typeof Schema.PASSAGE_FIELDS>,
  true satisfies Same<Item<Models.Run["events"]>, Models.RunEvent>,
  true satisfies Same<Item<Models.Run["citations"]>, Models.Citation>,
  true satisfies Same<Item<Models.Run["halt"]>, Models.Halt>,
  true satisfies Same<Item<Models.Run["usage"]>, Models.Usage>,
  true satisfies Same<Item<Models.Run["error"]>, Models.RunError>,
  true satisfies Same<Item<Models.Message["tool_calls"]>, Models.ToolCall>,
  true satisfies Same<Item<Models.Approval["passages"]>, Models.Passage>,
  true satisfies Same<Item<Models.Approval["messages"]>, Models.Message>,
  true satisfies Same<Item<Models.Collection["file_counts"]>, Models.FileCounts>,
  true satisfies Same<Item<Models.CollectionFile["last_error"]>, Models.FileError>,
  true satisfies Same<Item<Models.CollectionFile["chunking_strategy"]>, Models.ChunkingStrategy>,
];
