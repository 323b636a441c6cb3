/** A server-sent event: its name (`message` when the server named none) and its data lines joined by \n. */
export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * The events of a text/event-stream body, as the HTML standard reads them: lines end with LF, CRLF or CR
 * (in any chunking), comments and unknown fields are skipped, data lines are joined, and an event the
 * stream ends in the middle of is dropped. Bytes are decoded as a stream, so a character split across
 * chunks stays whole.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8");
  const parser = new EventParser();
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        finished = true;
        yield* parser.push(decoder.decode(), true);
        return;
      }
      yield* parser.push(decoder.decode(value, { stream: true }), false);
    }
  } finally {
    if (!finished) {
      await reader.cancel().catch(() => undefined);
    }
    reader.releaseLock();
  }
}

class EventParser {
  private buffer = "";
  private name = "";
  private data: string[] = [];

  *push(text: string, end: boolean): Generator<ServerSentEvent> {
    this.buffer += text;
    let start = 0;
    for (;;) {
      const lineEnd = this.nextLineEnd(start, end);
      if (lineEnd === -1) {
        break;
      }
      const event = this.line(this.buffer.slice(start, lineEnd));
      if (event) {
        yield event;
      }
      start = lineEnd + (this.buffer.startsWith("\r\n", lineEnd) ? 2 : 1);
    }
    this.buffer = this.buffer.slice(start);
  }

  /** The index of the next line break, or -1; a CR last in the buffer may be the first half of a CRLF. */
  private nextLineEnd(from: number, end: boolean): number {
    for (let i = from; i < this.buffer.length; i++) {
      const c = this.buffer.charCodeAt(i);
      if (c === 10) {
        return i;
      }
      if (c === 13) {
        return i + 1 < this.buffer.length || end ? i : -1;
      }
    }
    return -1;
  }

  private line(line: string): ServerSentEvent | undefined {
    if (line === "") {
      return this.dispatch();
    }
    if (line.startsWith(":")) {
      return undefined;
    }
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) {
      value = value.slice(1);
    }
    if (field === "event") {
      this.name = value;
    } else if (field === "data") {
      this.data.push(value);
    }
    return undefined;
  }

  private dispatch(): ServerSentEvent | undefined {
    const event = this.data.length === 0 ? undefined : { event: this.name || "message", data: this.data.join("\n") };
    this.name = "";
    this.data = [];
    return event;
  }
}
