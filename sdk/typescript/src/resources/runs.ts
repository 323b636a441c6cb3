import { ENDPOINTS } from "../endpoints.js";
import type { Message, Run } from "../models.js";
import { asModel } from "../parse.js";
import { RunStream } from "../run-stream.js";
import { MODELS } from "../schema.js";
import type { RequestOptions, Transport } from "../transport.js";

export interface RunParams {
  /** The route to run. */
  route: string;
  /** The conversation; a string is one user message. */
  messages: Message[] | string;
  labels?: Record<string, string>;
  model?: string;
  parameters?: Record<string, unknown>;
}

/** Governed runs of a named route (`/v1/runs`). */
export class Runs {
  constructor(private readonly transport: Transport) {}

  /** Runs the route and answers the run, whatever its outcome (completed, refused, paused or failed). */
  async create(params: RunParams, options?: RequestOptions): Promise<Run> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.createRun, body: body(params, false), options });
    return asModel<Run>(MODELS.Run, data);
  }

  /** Runs the route streamed: its log events and output as they happen, then the final run. */
  async stream(params: RunParams, options?: RequestOptions): Promise<RunStream> {
    return new RunStream(await this.transport.stream({ endpoint: ENDPOINTS.createRun, body: body(params, true), options }));
  }

  /** A run the caller started. */
  async get(id: string, options?: RequestOptions): Promise<Run> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.getRun, pathParams: { id }, options });
    return asModel<Run>(MODELS.Run, data);
  }
}

function body(params: RunParams, stream: boolean): Record<string, unknown> {
  const messages = typeof params.messages === "string" ? [{ role: "user", content: params.messages }] : params.messages;
  const body: Record<string, unknown> = { route: params.route, messages };
  for (const key of ["labels", "model", "parameters"] as const) {
    if (params[key] !== undefined) {
      body[key] = params[key];
    }
  }
  if (stream) {
    body.stream = true;
  }
  return body;
}
