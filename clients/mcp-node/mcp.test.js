// The official TypeScript MCP SDK against a running Aegis gateway's /mcp endpoint (started by .ci/run).
// AEGIS_MCP_URL (default http://127.0.0.1:18090/mcp) and AEGIS_API_KEY select the gateway and the key.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const url = new URL(process.env.AEGIS_MCP_URL ?? 'http://127.0.0.1:18090/mcp');
const apiKey = process.env.AEGIS_API_KEY ?? 'aegis-dev-key-do-not-use-in-production';

function transport(key) {
  const headers = key ? { Authorization: `Bearer ${key}` } : {};
  return new StreamableHTTPClientTransport(url, { requestInit: { headers } });
}

async function connected() {
  const client = new Client({ name: 'aegis-mcp-node-test', version: '1.0.0' });
  const clientTransport = transport(apiKey);
  await client.connect(clientTransport);
  return { client, clientTransport };
}

const { client, clientTransport } = await connected();

after(async () => {
  await clientTransport.terminateSession();
  await client.close();
});

test('initializes a session with the gateway', () => {
  assert.equal(client.getServerVersion()?.name, 'aegis');
  assert.ok(client.getServerCapabilities()?.tools, 'the server offers tools');
  assert.ok(clientTransport.sessionId && clientTransport.sessionId.length >= 40, 'an unguessable session id');
});

test('lists the gateway tools with input schemas', async () => {
  const { tools } = await client.listTools();
  const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
  for (const name of ['chat', 'list_models', 'list_routes', 'get_run', 'list_approvals']) {
    assert.ok(byName[name], `tool ${name} is listed`);
    assert.equal(byName[name].inputSchema.type, 'object');
  }
  assert.ok(byName.chat.inputSchema.properties.model);
  assert.ok(byName.chat.description.length > 40);
});

test('chat runs the route and its run can be followed with get_run', async () => {
  const result = await client.callTool({ name: 'chat', arguments: { model: 'mock-1', prompt: 'Hello from the MCP SDK' } });
  assert.notEqual(result.isError, true, JSON.stringify(result.content));
  assert.equal(result.content[0].type, 'text');
  assert.equal(result.content[0].text, 'Mock reply to: Hello from the MCP SDK');
  assert.equal(result.structuredContent.status, 'completed');
  assert.match(result.structuredContent.id, /^run_/);

  const run = await client.callTool({ name: 'get_run', arguments: { run_id: result.structuredContent.id } });
  assert.notEqual(run.isError, true);
  assert.equal(run.structuredContent.id, result.structuredContent.id);
});

test('a guard refusal is a tool error with a stable code', async () => {
  const result = await client.callTool({ name: 'chat', arguments: { model: 'mock-1', prompt: '-----BEGIN RSA PRIVATE KEY-----' } });
  assert.equal(result.isError, true);
  assert.equal(result.structuredContent.error.type, 'guardrail_refusal');
  assert.equal(result.structuredContent.error.code, 'house-rules');
});

test('list_models shows the mock model', async () => {
  const result = await client.callTool({ name: 'list_models', arguments: {} });
  assert.ok(result.structuredContent.models.some((model) => model.id === 'mock-1'));
});

test('without the key the gateway answers 401', async () => {
  const anonymous = new Client({ name: 'aegis-mcp-node-test-anonymous', version: '1.0.0' });
  await assert.rejects(anonymous.connect(transport(null)), (error) => {
    assert.ok(error instanceof StreamableHTTPError, String(error));
    assert.equal(error.code, 401);
    return true;
  });
  await assert.rejects(new Client({ name: 'wrong', version: '1.0.0' }).connect(transport('not-a-key')),
    (error) => error instanceof StreamableHTTPError && error.code === 401);
});
