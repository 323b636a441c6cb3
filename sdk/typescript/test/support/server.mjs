import { createServer } from "node:http";

/**
 * A real HTTP server on a free port for the duration of a test, answering with `handler(request, response,
 * number)` (number counts requests from 1). Answers { url, requests, close }; requests keeps each request's
 * method, URL, headers and body.
 */
export async function serve(handler) {
  const requests = [];
  const sockets = new Set();
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      requests.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      handler(request, response, requests.length);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

export function json(response, status, body, headers = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

export function errorBody(code, message = `failed: ${code}`, type = "invalid_request_error", param = null) {
  return { error: { message, type, code, param } };
}

/** Writes each chunk in its own write, with a pause between them so that they arrive as separate reads. */
export async function writeSlowly(response, chunks) {
  for (const chunk of chunks) {
    response.write(chunk);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  response.end();
}
