import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AegisClient, TimeoutError } from "../dist/index.js";
import { json, serve, writeSlowly } from "./support/server.mjs";

const RUN = { id: "run_1", object: "run", route: "default", status: "completed" };

describe("timeouts and cancellation", () => {
  test("a call without an answer in time raises TimeoutError, after its retries", async () => {
    const server = await serve(() => {});
    try {
      const client = new AegisClient({ baseUrl: server.url, apiKey: "k", timeoutMs: 100, maxRetries: 1 });
      await assert.rejects(client.runs.get("run_1"), TimeoutError);
      assert.equal(server.requests.length, 2);
    } finally {
      await server.close();
    }
  });

  test("a POST that timed out is not sent again", async () => {
    const server = await serve(() => {});
    try {
      const client = new AegisClient({ baseUrl: server.url, apiKey: "k", timeoutMs: 100 });
      await assert.rejects(client.runs.create({ route: "default", messages: "Hi" }), TimeoutError);
      assert.equal(server.requests.length, 1);
    } finally {
      await server.close();
    }
  });

  test("a call's own timeout overrides the client's", async () => {
    const server = await serve(() => {});
    try {
      const client = new AegisClient({ baseUrl: server.url, apiKey: "k", maxRetries: 0 });
      await assert.rejects(client.routes.list({ timeoutMs: 50 }), TimeoutError);
    } finally {
      await server.close();
    }
  });

  test("the caller's signal cancels a call with its reason, without retrying", async () => {
    const server = await serve(() => {});
    try {
      const client = new AegisClient({ baseUrl: server.url, apiKey: "k" });
      const controller = new AbortController();
      const call = client.runs.get("run_1", { signal: controller.signal });
      setTimeout(() => controller.abort(new Error("user left")), 50);
      await assert.rejects(call, { message: "user left" });
      assert.equal(server.requests.length, 1);
    } finally {
      await server.close();
    }
  });

  test("an already aborted signal sends nothing", async () => {
    const server = await serve((request, response) => json(response, 200, RUN));
    try {
      const client = new AegisClient({ baseUrl: server.url, apiKey: "k" });
      await assert.rejects(client.runs.get("run_1", { signal: AbortSignal.abort() }), { name: "AbortError" });
      assert.equal(server.requests.length, 0);
    } finally {
      await server.close();
    }
  });

  test("a stream's timeout covers its headers only: a slow stream is read to its end", async () => {
    const server = await serve((request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.flushHeaders();
      writeSlowly(response, [": waiting\n\n", ": waiting\n\n", ": waiting\n\n", ": waiting\n\n", `event: run\ndata: ${JSON.stringify(RUN)}\n\n`]);
    });
    try {
      const client = new AegisClient({ baseUrl: server.url, apiKey: "k", timeoutMs: 30 });
      const stream = await client.runs.stream({ route: "default", messages: "Hi" });
      assert.deepEqual(await stream.finalRun(), RUN);
    } finally {
      await server.close();
    }
  });

  test("the caller's signal stops a stream being read", async () => {
    const server = await serve((request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write("event: delta\ndata: {\"content\":\"a\"}\n\n");
    });
    try {
      const client = new AegisClient({ baseUrl: server.url, apiKey: "k" });
      const controller = new AbortController();
      const stream = await client.runs.stream({ route: "default", messages: "Hi" }, { signal: controller.signal });
      const seen = [];
      await assert.rejects(async () => {
        for await (const event of stream) {
          seen.push(event.type);
          controller.abort(new Error("enough"));
        }
      }, { message: "enough" });
      assert.deepEqual(seen, ["delta"]);
    } finally {
      await server.close();
    }
  });

  test("a long-poll gets more time than the client's timeout: its wait and a margin", async () => {
    const server = await serve((request, response) => setTimeout(() => json(response, 200, { object: "list", data: [] }), 150));
    try {
      const client = new AegisClient({ baseUrl: server.url, apiKey: "k", timeoutMs: 50, maxRetries: 0 });
      assert.deepEqual(await client.approvals.list({ wait: 1 }), []);
      assert.equal(server.requests[0].url, "/v1/approvals?wait=1s");
    } finally {
      await server.close();
    }
  });
});
