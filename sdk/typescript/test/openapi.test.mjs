import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { ENDPOINTS, MODELS, STREAM_EVENTS } from "../dist/index.js";
import { disagreements } from "./support/openapi-agreement.mjs";

const DOCUMENT = new URL("../../../aegis-server/src/main/resources/dev/aegis/server/openapi.json", import.meta.url);
const SDK = { models: MODELS, endpoints: ENDPOINTS, streamEvents: STREAM_EVENTS };
const load = () => JSON.parse(readFileSync(DOCUMENT, "utf8"));

describe("the SDK and openapi.json", () => {
  test("agree on every path, field and enum value", () => {
    assert.deepEqual(disagreements(load(), SDK), []);
  });
});

describe("the agreement check", () => {
  test("reports a field the document dropped", () => {
    const document = load();
    delete document.components.schemas.Run.properties.finish_reason;
    assert.ok(disagreements(document, SDK).includes("Run: field 'finish_reason' is in the SDK but not in openapi.json"));
  });

  test("reports a field the document added", () => {
    const document = load();
    document.components.schemas.Approval.properties.escalated_to = { type: "string" };
    assert.ok(disagreements(document, SDK).includes("Approval: field 'escalated_to' is in openapi.json but not in the SDK"));
  });

  test("reports a field dropped from a nested object", () => {
    const document = load();
    delete document.components.schemas.ToolPin.properties.pending.properties.hash;
    assert.ok(disagreements(document, SDK).includes("ToolPin.pending: field 'hash' is in the SDK but not in openapi.json"));
  });

  test("reports a field dropped from a collection", () => {
    const document = load();
    delete document.components.schemas.VectorStore.properties.last_active_at;
    assert.ok(disagreements(document, SDK).includes("VectorStore: field 'last_active_at' is in the SDK but not in openapi.json"));
  });

  test("reports an enum value added to a collection file's error", () => {
    const document = load();
    document.components.schemas.VectorStoreFile.properties.last_error.properties.code.enum.push("rate_limit_exceeded");
    assert.ok(disagreements(document, SDK).includes(
      "VectorStoreFile.last_error.code: enum value 'rate_limit_exceeded' is in openapi.json but not in the SDK"));
  });

  test("reports a renamed path", () => {
    const document = load();
    document.paths["/v1/run/{id}"] = document.paths["/v1/runs/{id}"];
    delete document.paths["/v1/runs/{id}"];
    assert.ok(disagreements(document, SDK).includes("GET /v1/runs/{id}: no such operation in openapi.json"));
  });

  test("reports an enum value the document added", () => {
    const document = load();
    document.components.schemas.Run.properties.status.enum.push("cancelled");
    assert.ok(disagreements(document, SDK).includes("Run.status: enum value 'cancelled' is in openapi.json but not in the SDK"));
  });

  test("reports an enum value the document dropped", () => {
    const document = load();
    const status = document.components.schemas.Approval.properties.status;
    status.enum = status.enum.filter((value) => value !== "expired");
    assert.ok(disagreements(document, SDK).includes("Approval.status: enum value 'expired' is in the SDK but not in openapi.json"));
  });

  test("reports a query parameter the document does not list", () => {
    const document = load();
    const operation = document.paths["/v1/approvals"].get;
    operation.parameters = operation.parameters.filter((parameter) => parameter.name !== "wait");
    assert.ok(disagreements(document, SDK).includes("GET /v1/approvals: query parameter 'wait' is sent by the SDK but not in openapi.json"));
  });

  test("reports a body field the document does not list", () => {
    const document = load();
    delete document.components.schemas.RunRequest.properties.labels;
    assert.ok(disagreements(document, SDK).includes("POST /v1/runs: body field 'labels' (application/json) is sent by the SDK but not in openapi.json"));
  });

  test("reports a missing schema", () => {
    const document = load();
    delete document.components.schemas.AuditVerification;
    assert.ok(disagreements(document, SDK).includes("AuditVerification: no such schema in components.schemas"));
  });

  test("reports a stream event the document added", () => {
    const document = load();
    document.paths["/v1/runs"].post.responses["200"]["x-aegis-events"]["run.progress"] = { $ref: "#/components/schemas/RunEvent" };
    assert.ok(disagreements(document, SDK).includes("stream event 'run.progress' is in openapi.json but the SDK skips it"));
  });

  test("reports a nested object whose fields the SDK does not describe", () => {
    const document = load();
    document.components.schemas.Approval.properties.guard = { type: "object", properties: { name: { type: "string" } } };
    assert.ok(disagreements(document, SDK).includes("Approval.guard: an object in openapi.json whose fields the SDK does not describe"));
  });
});
