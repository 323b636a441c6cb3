import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  AegisClient, AegisError, AuthenticationError, BadRequestError, ConflictError, ConnectionError, InternalServerError,
  NotFoundError, PermissionDeniedError, RateLimitError, ServiceUnavailableError, UnprocessableError,
} from "../dist/index.js";
import { errorBody, json, serve } from "./support/server.mjs";

const CASES = [
  [400, BadRequestError, "invalid_messages"],
  [401, AuthenticationError, "invalid_api_key"],
  [403, PermissionDeniedError, "approval_separation"],
  [404, NotFoundError, "run_not_found"],
  [409, ConflictError, "run_not_paused"],
  [422, UnprocessableError, "guard_refused"],
  [429, RateLimitError, "rate_limited"],
  [500, InternalServerError, "internal_error"],
  [502, InternalServerError, "upstream_error"],
  [503, ServiceUnavailableError, "state_unavailable"],
  [413, AegisError, "body_too_large"],
];

async function failureOf(status, body, headers = {}) {
  const server = await serve((request, response) => {
    if (typeof body === "string") {
      response.writeHead(status, { "content-type": "text/html", ...headers });
      response.end(body);
    } else {
      json(response, status, body, headers);
    }
  });
  try {
    await new AegisClient({ baseUrl: server.url, apiKey: "k", maxRetries: 0 }).runs.get("run_1");
    assert.fail("the call should have failed");
  } catch (error) {
    return error;
  } finally {
    await server.close();
  }
}

describe("error responses", () => {
  for (const [status, type, code] of CASES) {
    test(`HTTP ${status} raises ${type.name} carrying the error body`, async () => {
      const body = errorBody(code, `message for ${code}`, "some_type", "messages");
      const error = await failureOf(status, body, status === 429 ? { "retry-after": "7" } : {});
      assert.equal(error.constructor, type);
      assert.ok(error instanceof AegisError);
      assert.equal(error.name, type.name);
      assert.equal(error.status, status);
      assert.equal(error.code, code);
      assert.equal(error.type, "some_type");
      assert.equal(error.param, "messages");
      assert.equal(error.message, `message for ${code}`);
      assert.deepEqual(error.body, body);
      if (status === 429) {
        assert.equal(error.retryAfter, 7);
      }
    });
  }

  test("a 503 is also an InternalServerError, for code that handles every 5xx", async () => {
    assert.ok((await failureOf(503, errorBody("x"))) instanceof InternalServerError);
  });

  test("a body that is not JSON is kept as text, with a message naming the status", async () => {
    const error = await failureOf(502, "<html>Bad gateway</html>");
    assert.ok(error instanceof InternalServerError);
    assert.equal(error.body, "<html>Bad gateway</html>");
    assert.equal(error.code, undefined);
    assert.match(error.message, /HTTP 502/);
  });

  test("a gateway that cannot be reached raises ConnectionError", async () => {
    const server = await serve(() => {});
    const url = server.url;
    await server.close();
    const client = new AegisClient({ baseUrl: url, apiKey: "k", maxRetries: 0 });
    await assert.rejects(client.routes.list(), ConnectionError);
  });

  test("an answer of the wrong kind is an AegisError, not a silent misreading", async () => {
    const server = await serve((request, response) => json(response, 200, { object: "approval", id: "run_1" }));
    try {
      await assert.rejects(new AegisClient({ baseUrl: server.url, apiKey: "k" }).runs.get("run_1"), /Expected a Run/);
    } finally {
      await server.close();
    }
  });
});

describe("requests", () => {
  test("carry the key as a bearer token, JSON bodies and encoded path and query values", async () => {
    const server = await serve((request, response) => json(response, 200, { object: "list", data: [] }));
    try {
      const client = new AegisClient({ baseUrl: `${server.url}/v1`, apiKey: "secret-key" });
      await client.audit.list({ run: "run 1/2", since: new Date("2026-12-07T00:00:00Z"), limit: 5 });
      await client.approvals.reject("run/1", { reason: "no" }).catch(() => undefined);
      const [list, reject] = server.requests;
      assert.equal(list.url, "/v1/audit?run=run+1%2F2&since=2026-12-07T00%3A00%3A00.000Z&limit=5");
      assert.equal(list.headers.authorization, "Bearer secret-key");
      assert.equal(reject.url, "/v1/approvals/run%2F1/reject");
      assert.equal(reject.headers["content-type"], "application/json");
      assert.deepEqual(JSON.parse(reject.body), { reason: "no" });
    } finally {
      await server.close();
    }
  });

  test("take the key from AEGIS_API_KEY when none is given", async () => {
    const server = await serve((request, response) => json(response, 200, { object: "list", data: [] }));
    const before = process.env.AEGIS_API_KEY;
    process.env.AEGIS_API_KEY = "from-the-environment";
    try {
      await new AegisClient({ baseUrl: server.url }).models.list();
      assert.equal(server.requests[0].headers.authorization, "Bearer from-the-environment");
    } finally {
      if (before === undefined) {
        delete process.env.AEGIS_API_KEY;
      } else {
        process.env.AEGIS_API_KEY = before;
      }
      await server.close();
    }
  });

  test("tell an approval that is counted from a run that resumed by the status", async () => {
    const approval = { id: "run_1", object: "approval", status: "pending", approved_by: ["a"], approvals_required: 2 };
    const server = await serve((request, response, number) => number === 1
      ? json(response, 202, approval)
      : json(response, 200, { id: "run_1", object: "run", status: "completed" }));
    try {
      const client = new AegisClient({ baseUrl: server.url, apiKey: "k" });
      assert.equal((await client.approvals.approve("run_1")).object, "approval");
      assert.equal((await client.approvals.approve("run_1")).object, "run");
    } finally {
      await server.close();
    }
  });
});
