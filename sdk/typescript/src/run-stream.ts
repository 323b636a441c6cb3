import { ConnectionError, streamError } from "./errors.js";
import type { Delta, Run, RunEvent } from "./models.js";
import { MODELS, type STREAM_EVENTS } from "./schema.js";
import { readServerSentEvents } from "./sse.js";
import type { OpenResponse } from "./transport.js";
import { asModel } from "./parse.js";

/** What a streamed run yields, in order: its log events, the released output, then the final run. */
export type RunStreamEvent =
  | { type: "run.event"; event: RunEvent }
  | { type: "delta"; delta: Delta }
  | { type: "run"; run: Run };

/**
 * A streamed run (`runs.stream`): iterate it with `for await`, or await `finalRun()`. It can be read once.
 * An `event: error` is raised as a StreamError; event names the SDK does not know are skipped.
 */
export class RunStream implements AsyncIterable<RunStreamEvent> {
  private consumed = false;
  private final: Run | undefined;

  constructor(private readonly open: OpenResponse) {}

  /** The HTTP response, for its headers. */
  get response(): Response {
    return this.open.response;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<RunStreamEvent> {
    if (this.consumed) {
      throw new TypeError("A RunStream can be read once.");
    }
    this.consumed = true;
    const body = this.open.response.body;
    try {
      if (body === null) {
        throw new ConnectionError("The gateway answered a stream without a body.");
      }
      for await (const { event, data } of this.events(body)) {
        switch (event as keyof typeof STREAM_EVENTS) {
          case "run.event":
            yield { type: "run.event", event: JSON.parse(data) as RunEvent };
            break;
          case "delta":
            yield { type: "delta", delta: JSON.parse(data) as Delta };
            break;
          case "run":
            this.final = asModel<Run>(MODELS.Run, JSON.parse(data));
            yield { type: "run", run: this.final };
            return;
          case "error":
            throw streamError(JSON.parse(data));
          default:
            // A newer gateway's event: skipped, so that old clients keep working.
        }
      }
      throw new ConnectionError("The stream ended before the run document.");
    } finally {
      this.open.release();
    }
  }

  /** Reads what is left of the stream and answers the final run. */
  async finalRun(): Promise<Run> {
    if (!this.consumed) {
      for await (const _ of this) {
        // Only the final run is wanted; the iterator keeps it.
      }
    }
    if (this.final === undefined) {
      throw new TypeError("The stream was read elsewhere and ended without a run.");
    }
    return this.final;
  }

  private async *events(body: ReadableStream<Uint8Array>) {
    try {
      yield* readServerSentEvents(body);
    } catch (error) {
      throw this.open.translate(error);
    }
  }
}
