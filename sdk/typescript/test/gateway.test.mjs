// Against a real gateway on the default aegis.yaml, at AEGIS_URL (run-tests.sh starts one).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  AegisClient, AuthenticationError, BadRequestError, ConflictError, NotFoundError, PermissionDeniedError, UnprocessableError,
  errorFromResponse,
} from "../dist/index.js";

const GATEWAY = process.env.AEGIS_URL;
const skip = GATEWAY ? false : "AEGIS_URL is not set: run ./run-tests.sh, which starts a gateway, or point AEGIS_URL at one";
const DEVELOPER_KEY = "aegis-dev-key-do-not-use-in-production";
const REVIEWER_KEY = "aegis-reviewer-key-do-not-use-in-production";

const developer = new AegisClient({ baseUrl: GATEWAY, apiKey: DEVELOPER_KEY });
const reviewer = new AegisClient({ baseUrl: GATEWAY, apiKey: REVIEWER_KEY });

/** Long-polls as the reviewer until the run whose id `runId` resolves to asks for approval. */
async function reviewerWaitsFor(runId) {
  for (;;) {
    const pending = await reviewer.approvals.list({ route: "payments", wait: 30 });
    const id = await runId;
    const mine = pending.find((approval) => approval.run_id === id);
    if (mine) {
      return mine;
    }
    // Other tests' requests may be pending too: they end the long-poll at once.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("a streamed run", { skip, timeout: 120_000 }, () => {
  test("yields the run's events as recorded, its output as deltas, then the final run", async () => {
    const stream = await developer.runs.stream({ route: "default", messages: "Hello from the TypeScript SDK" });
    const events = [];
    for await (const event of stream) {
      events.push(event);
    }
    const types = events.map((event) => event.type);
    assert.equal(types.at(-1), "run");
    assert.ok(types.includes("run.event"), `no run.event in ${types}`);
    assert.ok(types.includes("delta"), `no delta in ${types}`);
    assert.equal(types.indexOf("run.event"), 0);
    const run = events.at(-1).run;
    assert.equal(run.status, "completed");
    const logged = events.filter((event) => event.type === "run.event").map((event) => event.event);
    assert.equal(logged[0].type, "run.started");
    assert.deepEqual(logged, run.events);
    const text = events.filter((event) => event.type === "delta").map((event) => event.delta.content ?? "").join("");
    assert.equal(text, run.output.content);
    assert.deepEqual(await developer.runs.get(run.id), run);
  });

  test("a streamed run that needs approval ends with the paused run", async () => {
    const stream = await developer.runs.stream({ route: "payments", messages: "One wire transfer, streamed." });
    const run = await stream.finalRun();
    assert.equal(run.status, "paused");
    assert.equal(run.events.at(-1).type, "paused");
    await reviewer.approvals.reject(run.id, { reason: "a test leaves nothing pending" });
  });
});

describe("an approval across two clients", { skip, timeout: 120_000 }, () => {
  test("the developer's wire transfer pauses, the reviewer approves it, the developer reads the completed run and its audit trail", async () => {
    let started;
    const runId = new Promise((resolve) => (started = resolve));
    const waiting = reviewerWaitsFor(runId);
    const paused = await developer.runs.create({ route: "payments", messages: "Please send a wire transfer of 500 EUR to ACME." });
    started(paused.id);
    assert.equal(paused.status, "paused");
    assert.equal(paused.halt.code, "approval_required");

    const request = await waiting;
    assert.equal(request.status, "pending");
    assert.equal(request.principal, "developer");
    assert.deepEqual(request.rules, ["wire-transfer"]);
    await assert.rejects(developer.approvals.approve(paused.id), (error) =>
      error instanceof PermissionDeniedError && error.status === 403 && error.code === "approval_separation");

    const decided = await reviewer.approvals.approve(paused.id);
    assert.equal(decided.object, "run");
    assert.equal(decided.status, "completed");
    const completed = await developer.runs.get(paused.id);
    assert.equal(completed.status, "completed");
    assert.equal(completed.output.role, "assistant");

    const trail = await developer.audit.list({ run: paused.id });
    assert.ok(trail.length > 0);
    assert.ok(trail.every((record) => record.run_id === paused.id && record.route === "payments"));
    const types = trail.map((record) => record.type);
    assert.ok(types.includes("paused"), `no paused record in ${types}`);
    assert.ok(types.includes("completed"), `no completed record in ${types}`);
    const verification = await developer.audit.verify();
    assert.equal(verification.object, "audit.verification");
    assert.equal(verification.intact, true);
    assert.equal(verification.broken_at, null);
    assert.ok(verification.entries > 0);

    await assert.rejects(reviewer.approvals.approve(paused.id), (error) =>
      error instanceof ConflictError && error.status === 409 && error.code === "run_not_paused");
  });

  test("waitFor answers a run's request as soon as it pauses, and a rejected run ends refused", async () => {
    const paused = await developer.runs.create({ route: "payments", messages: "A wire transfer I will regret." });
    const request = await reviewer.approvals.waitFor(paused.id, { waitMs: 30_000 });
    assert.equal(request.run_id, paused.id);
    const refused = await reviewer.approvals.reject(paused.id, { reason: "not today" });
    assert.equal(refused.status, "refused");
  });
});

describe("budgets and the catalogue", { skip, timeout: 120_000 }, () => {
  test("budgets show team dev's limits", async () => {
    const budgets = await developer.budgets.get();
    assert.equal(budgets.object, "budgets");
    const dev = budgets.teams.find((team) => team.team === "dev");
    assert.ok(dev, `no team dev in ${JSON.stringify(budgets.teams)}`);
    assert.ok(dev.limits.length > 0);
    assert.ok(dev.limits.every((limit) => typeof limit.spent === "number"));
  });

  test("routes and models list what the caller may use", async () => {
    const routes = await developer.routes.list();
    assert.ok(routes.some((route) => route.name === "default"));
    assert.ok(routes.some((route) => route.name === "payments"));
    const models = await developer.models.list();
    assert.ok(models.some((model) => model.id === "mock-1"));
  });

  test("tool pins list, and approving an unknown pin is a NotFoundError", async () => {
    assert.ok(Array.isArray(await developer.toolPins.list()));
    await assert.rejects(developer.toolPins.approve({ route: "default", source: "nowhere", tool: "nothing", hash: "sha256:0" }),
      (error) => error instanceof NotFoundError && error.code === "tool_pin_not_found");
  });
});

describe("collections", { skip, timeout: 120_000 }, () => {
  test("a document added to a collection is found by search, and the collection can be deleted", async () => {
    const collection = await developer.collections.create({ name: `sdk-ts-${Date.now()}` });
    try {
      const file = await developer.collections.addDocument(collection.id,
        "The lighthouse keeper feeds the cat at dawn.\n\nThe harbour closes at nine in winter.", "notes.txt");
      assert.equal(file.status, "completed");
      const results = await developer.collections.search(collection.id, "who feeds the cat?", { maxResults: 1 });
      assert.equal(results.length, 1);
      assert.match(results[0].content[0].text, /lighthouse keeper/);
      assert.ok((await developer.collections.list()).some((listed) => listed.id === collection.id));
    } finally {
      assert.equal((await developer.collections.delete(collection.id)).deleted, true);
    }
    await assert.rejects(developer.collections.get(collection.id), NotFoundError);
  });
});

describe("errors the gateway answers", { skip, timeout: 120_000 }, () => {
  test("a bad key is an AuthenticationError", async () => {
    const stranger = new AegisClient({ baseUrl: GATEWAY, apiKey: "not-a-key" });
    await assert.rejects(stranger.routes.list(), (error) =>
      error instanceof AuthenticationError && error.status === 401 && error.code === "invalid_api_key");
  });

  test("an unknown run is a NotFoundError", async () => {
    await assert.rejects(developer.runs.get("run_does_not_exist"), (error) =>
      error instanceof NotFoundError && error.code === "run_not_found");
  });

  test("a bad body is a BadRequestError naming its field", async () => {
    await assert.rejects(developer.runs.create({ route: "default", messages: [] }), (error) =>
      error instanceof BadRequestError && error.code === "invalid_messages" && error.param === "messages");
  });

  test("a missing role is a PermissionDeniedError", async () => {
    await assert.rejects(reviewer.audit.list(), (error) => error instanceof PermissionDeniedError && error.code === "role_required");
  });

  test("a guard's refusal of a chat completion maps to UnprocessableError", async () => {
    // Runs answer a refusal as a run with status refused; the 422 is the OpenAI-compatible path's.
    const response = await fetch(`${developer.baseUrl}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEVELOPER_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "default", messages: [{ role: "user", content: "-----BEGIN RSA PRIVATE KEY-----" }] }),
    });
    const error = errorFromResponse(response.status, await response.json());
    assert.ok(error instanceof UnprocessableError);
    assert.equal(error.type, "guardrail_refusal");
    const refused = await developer.runs.create({ route: "default", messages: "-----BEGIN RSA PRIVATE KEY-----" });
    assert.equal(refused.status, "refused");
  });
});
