import assert from "node:assert/strict";
import { createServer } from "node:net";
import { describe, test } from "node:test";
import {
  AegisClient, ConnectionError, DEFAULT_RETRY_POLICY, RateLimitError, ServiceUnavailableError, parseRetryAfter, retryDelay,
} from "../dist/index.js";
import { errorBody, json, serve } from "./support/server.mjs";

const RUN = { id: "run_1", object: "run", route: "default", status: "completed" };
const client = (url, options = {}) => new AegisClient({ baseUrl: url, apiKey: "k", ...options });

describe("retries", () => {
  test("a 429 with retry-after is retried and the next answer is returned", async () => {
    const server = await serve((request, response, number) => number === 1
      ? json(response, 429, errorBody("rate_limited", "slow down", "rate_limit_error"), { "retry-after": "0" })
      : json(response, 201, RUN));
    try {
      assert.deepEqual(await client(server.url).runs.create({ route: "default", messages: "Hi" }), RUN);
      assert.equal(server.requests.length, 2);
      assert.equal(server.requests[1].body, server.requests[0].body);
    } finally {
      await server.close();
    }
  });

  test("a 503 is retried with backoff", async () => {
    const server = await serve((request, response, number) => number === 1
      ? json(response, 503, errorBody("ingestion_busy", "busy", "service_unavailable"))
      : json(response, 200, RUN));
    try {
      assert.deepEqual(await client(server.url).runs.get("run_1"), RUN);
      assert.equal(server.requests.length, 2);
    } finally {
      await server.close();
    }
  });

  test("gives up after maxRetries and raises the last error", async () => {
    const server = await serve((request, response) =>
      json(response, 429, errorBody("rate_limited", "slow down", "rate_limit_error"), { "retry-after": "0" }));
    try {
      await assert.rejects(client(server.url, { maxRetries: 2 }).routes.list(), (error) => {
        assert.ok(error instanceof RateLimitError);
        assert.equal(error.retryAfter, 0);
        return true;
      });
      assert.equal(server.requests.length, 3);
    } finally {
      await server.close();
    }
  });

  test("does not retry when retry-after asks for longer than the longest wait", async () => {
    const server = await serve((request, response) =>
      json(response, 429, errorBody("budget_exhausted", "over budget", "rate_limit_error"), { "retry-after": "3600" }));
    try {
      await assert.rejects(client(server.url).budgets.get(), (error) => error instanceof RateLimitError && error.retryAfter === 3600);
      assert.equal(server.requests.length, 1);
    } finally {
      await server.close();
    }
  });

  test("never sends a run again after a 503 that says the run ended unrecorded", async () => {
    const server = await serve((request, response) =>
      json(response, 503, errorBody("audit_unavailable", "not recorded", "service_unavailable")));
    try {
      await assert.rejects(client(server.url).runs.create({ route: "default", messages: "Hi" }), ServiceUnavailableError);
      assert.equal(server.requests.length, 1);
    } finally {
      await server.close();
    }
  });

  test("retries a GET whose connection failed, but not a POST", async () => {
    let connections = 0;
    const flaky = createServer((socket) => {
      connections++;
      if (connections === 1) {
        socket.destroy();
        return;
      }
      socket.once("data", () => {
        const body = JSON.stringify({ object: "list", data: [] });
        socket.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
      });
    });
    await new Promise((resolve) => flaky.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${flaky.address().port}`;
    try {
      assert.deepEqual(await client(url).routes.list(), []);
      assert.equal(connections, 2);
      connections = 0;
      await assert.rejects(client(url).runs.create({ route: "default", messages: "Hi" }), ConnectionError);
      assert.equal(connections, 1);
    } finally {
      await new Promise((resolve) => flaky.close(resolve));
    }
  });
});

describe("waits between retries", () => {
  test("read retry-after as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-12-07T10:00:00Z");
    assert.equal(parseRetryAfter("2", now), 2000);
    assert.equal(parseRetryAfter("0.5", now), 500);
    assert.equal(parseRetryAfter("Mon, 07 Dec 2026 10:00:30 GMT", now), 30_000);
    assert.equal(parseRetryAfter("Mon, 07 Dec 2026 09:00:00 GMT", now), 0);
    assert.equal(parseRetryAfter("soon", now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  test("follow retry-after when there is one, up to the longest wait", () => {
    assert.equal(retryDelay(0, 2000, DEFAULT_RETRY_POLICY), 2000);
    assert.equal(retryDelay(0, DEFAULT_RETRY_POLICY.maxDelayMs + 1, DEFAULT_RETRY_POLICY), undefined);
  });

  test("double without retry-after, with jitter between half and all of the step, and stop growing at the longest wait", () => {
    const policy = { maxRetries: 10, initialDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(retryDelay(0, undefined, policy, () => 0), 50);
    assert.equal(retryDelay(0, undefined, policy, () => 1), 100);
    assert.equal(retryDelay(2, undefined, policy, () => 1), 400);
    assert.equal(retryDelay(8, undefined, policy, () => 1), 1000);
    assert.equal(retryDelay(8, undefined, policy, () => 0), 500);
  });
});
