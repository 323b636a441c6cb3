// The official openai package against a running Aegis gateway (started by .ci/run).
// AEGIS_URL (default http://127.0.0.1:18090/v1) and AEGIS_API_KEY select the gateway and the key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI, { AuthenticationError, NotFoundError, UnprocessableEntityError } from 'openai';

const baseURL = process.env.AEGIS_URL ?? 'http://127.0.0.1:18090/v1';
const apiKey = process.env.AEGIS_API_KEY ?? 'aegis-dev-key-do-not-use-in-production';
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0 });

test('chat completion', async () => {
  const completion = await client.chat.completions.create({
    model: 'mock-1',
    messages: [{ role: 'user', content: 'Hello from the openai package' }],
    temperature: 0.1,
  });
  assert.equal(completion.object, 'chat.completion');
  assert.equal(completion.choices[0].message.role, 'assistant');
  assert.equal(completion.choices[0].message.content, 'Mock reply to: Hello from the openai package');
  assert.equal(completion.choices[0].finish_reason, 'stop');
  assert.ok(completion.usage.total_tokens > 0);
});

test('streaming chat completion with usage', async () => {
  const stream = await client.chat.completions.create({
    model: 'mock-1',
    messages: [{ role: 'user', content: 'Stream this answer' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let finish = null;
  let usage = null;
  let chunks = 0;
  for await (const chunk of stream) {
    chunks++;
    if (chunk.usage) usage = chunk.usage;
    for (const choice of chunk.choices) {
      text += choice.delta?.content ?? '';
      if (choice.finish_reason) finish = choice.finish_reason;
    }
  }
  assert.ok(chunks > 2, `expected several chunks, got ${chunks}`);
  assert.equal(text, 'Mock reply to: Stream this answer');
  assert.equal(finish, 'stop');
  assert.ok(usage && usage.total_tokens > 0);
});

test('tool calls round trip', async () => {
  const tools = [{ type: 'function', function: { name: 'get_weather', description: 'Weather in a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } } } } }];
  const first = await client.chat.completions.create({
    model: 'mock-1', tools, messages: [{ role: 'user', content: 'please call tool get_weather' }],
  });
  const call = first.choices[0].message.tool_calls?.[0];
  assert.equal(first.choices[0].finish_reason, 'tool_calls');
  assert.equal(call.function.name, 'get_weather');
  const second = await client.chat.completions.create({
    model: 'mock-1', tools, messages: [
      { role: 'user', content: 'please call tool get_weather' },
      first.choices[0].message,
      { role: 'tool', tool_call_id: call.id, content: 'sunny' },
    ],
  });
  assert.match(second.choices[0].message.content, /sunny/);
});

test('models list', async () => {
  const ids = [];
  for await (const model of client.models.list()) ids.push(model.id);
  assert.ok(ids.includes('mock-1'), `models: ${ids}`);
});

test('an unknown model is a NotFoundError with an OpenAI error body', async () => {
  await assert.rejects(
    client.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'hi' }] }),
    (error) => error instanceof NotFoundError && error.status === 404 && error.code === 'model_not_found',
  );
});

test('a wrong key is an AuthenticationError', async () => {
  const stranger = new OpenAI({ baseURL, apiKey: 'not-a-key', maxRetries: 0 });
  await assert.rejects(
    stranger.chat.completions.create({ model: 'mock-1', messages: [{ role: 'user', content: 'hi' }] }),
    (error) => error instanceof AuthenticationError && error.status === 401,
  );
});

test('a guard refusal is an UnprocessableEntityError naming the guard', async () => {
  await assert.rejects(
    client.chat.completions.create({ model: 'mock-1', messages: [{ role: 'user', content: '-----BEGIN RSA PRIVATE KEY----- abc' }] }),
    (error) => error instanceof UnprocessableEntityError && error.code === 'house-rules',
  );
});

test('embeddings with the in-process model, no key (base64 by default, as the client asks)', async () => {
  const input = ['How do I reset my password?', 'Refunds take five working days.'];
  const response = await client.embeddings.create({ model: 'all-minilm-l6-v2', input });
  assert.equal(response.object, 'list');
  assert.equal(response.model, 'all-minilm-l6-v2');
  assert.equal(response.data.length, 2);
  for (const [i, item] of response.data.entries()) {
    assert.equal(item.index, i);
    assert.equal(item.embedding.length, 384);
    const norm = Math.sqrt(Array.from(item.embedding).reduce((sum, x) => sum + x * x, 0));
    assert.ok(Math.abs(norm - 1) < 1e-3, `unit length, got ${norm}`);
  }
  assert.ok(response.usage.prompt_tokens > 0);

  // The same inputs again, as JSON numbers: the same vectors (float32 printed as decimals).
  const floats = await client.embeddings.create({ model: 'all-minilm-l6-v2', input, encoding_format: 'float' });
  const a = Array.from(response.data[0].embedding);
  assert.equal(floats.data[0].embedding.length, 384);
  assert.ok(floats.data[0].embedding.every((x, i) => Math.abs(x - a[i]) < 1e-6), 'base64 and float answers agree');
});
