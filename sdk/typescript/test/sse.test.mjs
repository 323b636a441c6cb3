import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AegisClient, ConnectionError, StreamError, readServerSentEvents } from "../dist/index.js";
import { serve, writeSlowly } from "./support/server.mjs";

const encoder = new TextEncoder();

function streamOf(chunks) {
  return new ReadableStream({
    start(controller) {
      chunks.forEach((chunk) => controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk));
      controller.close();
    },
  });
}

async function eventsOf(chunks) {
  const events = [];
  for await (const event of readServerSentEvents(streamOf(chunks))) {
    events.push(event);
  }
  return events;
}

const TEXT = "event: delta\r\ndata: {\"content\":\"Grüße, 世界 🙂\"}\r\n\r\n: a comment\r\nevent: run\r\ndata: line one\r\ndata: line two\r\n\r\n";
const EXPECTED = [
  { event: "delta", data: "{\"content\":\"Grüße, 世界 🙂\"}" },
  { event: "run", data: "line one\nline two" },
];

describe("reading server-sent events", () => {
  test("joins data lines, skips comments and reads CRLF line ends", async () => {
    assert.deepEqual(await eventsOf([TEXT]), EXPECTED);
  });

  test("reads the same events however the bytes are split in two, mid-line, mid-CRLF or mid-character", async () => {
    const bytes = encoder.encode(TEXT);
    for (let cut = 1; cut < bytes.length; cut++) {
      assert.deepEqual(await eventsOf([bytes.slice(0, cut), bytes.slice(cut)]), EXPECTED, `cut at byte ${cut}`);
    }
  });

  test("reads the same events one byte at a time", async () => {
    const bytes = encoder.encode(TEXT);
    assert.deepEqual(await eventsOf([...bytes].map((byte) => Uint8Array.of(byte))), EXPECTED);
  });

  test("reads LF and lone CR line ends", async () => {
    assert.deepEqual(await eventsOf(["event: a\ndata: 1\n\nevent: b\rdata: 2\r\r"]), [
      { event: "a", data: "1" },
      { event: "b", data: "2" },
    ]);
  });

  test("names an unnamed event message, keeps a value's colons and drops one leading space only", async () => {
    assert.deepEqual(await eventsOf(["data:  a: b\n\n"]), [{ event: "message", data: " a: b" }]);
  });

  test("dispatches nothing for an event without data and ignores unknown fields", async () => {
    assert.deepEqual(await eventsOf(["event: ping\n\nid: 7\nretry: 10\nfoo: bar\ndata: x\n\n"]), [{ event: "message", data: "x" }]);
  });

  test("drops an event the stream ends in the middle of", async () => {
    assert.deepEqual(await eventsOf(["data: complete\n\ndata: cut off"]), [{ event: "message", data: "complete" }]);
  });
});

const RUN = { id: "run_1", object: "run", route: "default", status: "completed", output: { role: "assistant", content: "Hi" } };
const RUN_EVENT = { time: "2026-01-01T00:00:00Z", source: "default", type: "run.started", detail: "", attributes: { route: "default" } };

async function streamedRun(chunks) {
  const server = await serve((request, response) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    writeSlowly(response, chunks);
  });
  try {
    const client = new AegisClient({ baseUrl: server.url, apiKey: "k", maxRetries: 0 });
    const stream = await client.runs.stream({ route: "default", messages: "Hello" });
    const events = [];
    for await (const event of stream) {
      events.push(event);
    }
    return { events, request: server.requests[0] };
  } finally {
    await server.close();
  }
}

describe("a streamed run over HTTP", () => {
  test("yields run events, deltas and the final run in order, whatever the chunks, skipping unknown events", async () => {
    const payload = `event: run.event\ndata: ${JSON.stringify(RUN_EVENT)}\n\n`
      + ": keep-alive\n\nevent: progress\ndata: {\"percent\": 50}\n\n"
      + "event: delta\ndata: {\"content\": \"H\\u00e9\"}\n\n"
      + "event: delta\ndata: {\"tool_call\": {\"index\": 0, \"id\": \"call_1\", \"name\": \"lookup\", \"arguments\": \"{}\"}}\n\n"
      + `event: run\ndata: ${JSON.stringify(RUN)}\n\n`;
    const bytes = encoder.encode(payload);
    const chunks = [bytes.slice(0, 7), bytes.slice(7, 150), bytes.slice(150, 151), bytes.slice(151)];
    const { events, request } = await streamedRun(chunks);
    assert.deepEqual(events, [
      { type: "run.event", event: RUN_EVENT },
      { type: "delta", delta: { content: "Hé" } },
      { type: "delta", delta: { tool_call: { index: 0, id: "call_1", name: "lookup", arguments: "{}" } } },
      { type: "run", run: RUN },
    ]);
    assert.equal(request.headers.accept, "text/event-stream");
    assert.deepEqual(JSON.parse(request.body), { route: "default", messages: [{ role: "user", content: "Hello" }], stream: true });
  });

  test("raises an error event as a StreamError with its body", async () => {
    const body = { error: { message: "The run could not be recorded.", type: "service_unavailable", code: "audit_unavailable", param: null } };
    await assert.rejects(streamedRun([`event: delta\ndata: {"content":"x"}\n\nevent: error\ndata: ${JSON.stringify(body)}\n\n`]), (error) => {
      assert.ok(error instanceof StreamError);
      assert.equal(error.code, "audit_unavailable");
      assert.equal(error.type, "service_unavailable");
      assert.deepEqual(error.body, body);
      return true;
    });
  });

  test("raises a ConnectionError when the stream ends without the run", async () => {
    await assert.rejects(streamedRun(["event: delta\ndata: {\"content\":\"x\"}\n\n"]), ConnectionError);
  });

  test("finalRun reads the stream to its end and answers the run", async () => {
    const server = await serve((request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      writeSlowly(response, ["event: delta\ndata: {\"content\":\"Hi\"}\n\n", `event: run\ndata: ${JSON.stringify(RUN)}\n\n`]);
    });
    try {
      const client = new AegisClient({ baseUrl: `${server.url}/v1/`, apiKey: "k" });
      const stream = await client.runs.stream({ route: "default", messages: "Hello" });
      assert.deepEqual(await stream.finalRun(), RUN);
      assert.equal(server.requests[0].url, "/v1/runs");
    } finally {
      await server.close();
    }
  });
});
