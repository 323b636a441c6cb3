/**
 * Every operation the SDK calls, with the query parameters and body fields it may send. Requests go
 * through these entries only, so the agreement test checking them against openapi.json covers them all.
 */
export interface Endpoint {
  readonly method: "GET" | "POST" | "DELETE";
  readonly path: string;
  readonly query?: readonly string[];
  /** Fields of a JSON body, or the parts of a multipart one. */
  readonly body?: readonly string[];
  readonly multipart?: boolean;
}

export const ENDPOINTS = {
  createRun: { method: "POST", path: "/v1/runs", body: ["route", "messages", "labels", "model", "parameters", "stream"] },
  getRun: { method: "GET", path: "/v1/runs/{id}" },
  listApprovals: { method: "GET", path: "/v1/approvals", query: ["route", "wait"] },
  getApproval: { method: "GET", path: "/v1/approvals/{id}", query: ["reveal"] },
  approve: { method: "POST", path: "/v1/approvals/{id}/approve", body: ["messages"] },
  reject: { method: "POST", path: "/v1/approvals/{id}/reject", body: ["reason"] },
  listAudit: { method: "GET", path: "/v1/audit", query: ["run", "route", "principal", "type", "since", "after", "limit"] },
  verifyAudit: { method: "GET", path: "/v1/audit/verify" },
  getBudgets: { method: "GET", path: "/v1/budgets", query: ["team"] },
  listToolPins: { method: "GET", path: "/v1/tool-pins", query: ["status"] },
  approveToolPin: { method: "POST", path: "/v1/tool-pins/approve", body: ["route", "source", "tool", "hash"] },
  listRoutes: { method: "GET", path: "/v1/routes" },
  listModels: { method: "GET", path: "/v1/models" },
  createCollection: { method: "POST", path: "/v1/vector_stores", body: ["name", "metadata", "file_ids"] },
  listCollections: { method: "GET", path: "/v1/vector_stores" },
  getCollection: { method: "GET", path: "/v1/vector_stores/{id}" },
  deleteCollection: { method: "DELETE", path: "/v1/vector_stores/{id}" },
  uploadFile: { method: "POST", path: "/v1/files", body: ["file", "purpose"], multipart: true },
  attachFile: { method: "POST", path: "/v1/vector_stores/{id}/files", body: ["file_id", "attributes"] },
  searchCollection: { method: "POST", path: "/v1/vector_stores/{id}/search", body: ["query", "max_num_results", "filters"] },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;
