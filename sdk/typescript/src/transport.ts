import type { Endpoint } from "./endpoints.js";
import { AegisError, ConnectionError, TimeoutError, errorFromResponse } from "./errors.js";
import { type RetryPolicy, parseRetryAfter, retryDelay, retryableStatus } from "./retry.js";
import { sleep } from "./sleep.js";

export interface TransportConfig {
  readonly baseUrl: string;
  readonly apiKey: string | undefined;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly fetch: typeof globalThis.fetch;
  readonly headers: Readonly<Record<string, string>>;
}

/** Options every call takes. */
export interface RequestOptions {
  /** Cancels the call (and a stream being read). */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call, in milliseconds. */
  timeoutMs?: number;
}

export interface Call {
  readonly endpoint: Endpoint;
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** A JSON body (an object), or a FormData for a multipart endpoint. */
  readonly body?: Readonly<Record<string, unknown>> | FormData;
  readonly options?: RequestOptions | undefined;
}

/** A response whose body is still to be read, and what to call once it has been (the timeout and the signal). */
export interface OpenResponse {
  readonly response: Response;
  readonly release: () => void;
  /** What a failure while reading the body means: the caller's abort, a timeout or a broken connection. */
  readonly translate: (error: unknown) => unknown;
}

/** Sends calls to the gateway: URL and headers, timeouts, cancellation, retries, errors by status. */
export class Transport {
  constructor(private readonly config: TransportConfig) {}

  /** The client's timeout, for calls that must wait longer (long-polls). */
  get timeoutMs(): number {
    return this.config.timeoutMs;
  }

  /** The parsed JSON answer of a call, with its status (some endpoints answer 200 or 202 with different bodies). */
  async json<T>(call: Call): Promise<{ status: number; data: T }> {
    const { response, release, translate } = await this.open(call, "application/json", true);
    try {
      const text = await response.text().catch((error: unknown) => {
        throw translate(error);
      });
      try {
        return { status: response.status, data: JSON.parse(text) as T };
      } catch (cause) {
        throw new AegisError(`The gateway answered HTTP ${response.status} with a body that is not JSON.`, {
          status: response.status,
          body: text,
          cause,
        });
      }
    } finally {
      release();
    }
  }

  /** A successful answer whose body the caller reads (a stream); the timeout covers waiting for its headers only. */
  async stream(call: Call): Promise<OpenResponse> {
    return this.open(call, "text/event-stream", false);
  }

  private async open(call: Call, accept: string, timeoutCoversBody: boolean): Promise<OpenResponse> {
    const url = this.url(call);
    for (let attempt = 0; ; attempt++) {
      const attemptSignal = new AttemptSignal(call.options?.signal, call.options?.timeoutMs ?? this.config.timeoutMs);
      try {
        const response = await this.send(url, call, accept, attemptSignal);
        if (response.ok) {
          if (!timeoutCoversBody) {
            attemptSignal.stopTimer();
          }
          return { response, release: () => attemptSignal.dispose(), translate: (error) => attemptSignal.translate(error) };
        }
        const error = await this.errorOf(response, attemptSignal);
        const delay = this.retryAfterError(error, attempt, response);
        if (delay === undefined) {
          throw error;
        }
        attemptSignal.dispose();
        await sleep(delay, call.options?.signal);
      } catch (error) {
        attemptSignal.dispose();
        const failure = attemptSignal.translate(error);
        const delay = failure instanceof ConnectionError && call.endpoint.method === "GET" && attempt < this.config.retry.maxRetries
          ? retryDelay(attempt, undefined, this.config.retry)
          : undefined;
        if (delay === undefined) {
          throw failure;
        }
        await sleep(delay, call.options?.signal);
      }
    }
  }

  private async send(url: string, call: Call, accept: string, attemptSignal: AttemptSignal): Promise<Response> {
    const headers: Record<string, string> = { accept, ...this.config.headers };
    if (this.config.apiKey !== undefined) {
      headers.authorization = `Bearer ${this.config.apiKey}`;
    }
    let body: BodyInit | undefined;
    if (call.body instanceof FormData) {
      body = call.body;
    } else if (call.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(call.body);
    }
    return this.config.fetch(url, { method: call.endpoint.method, headers, body, signal: attemptSignal.signal });
  }

  private async errorOf(response: Response, attemptSignal: AttemptSignal): Promise<AegisError> {
    const text = await response.text().catch((error: unknown) => {
      throw attemptSignal.translate(error);
    });
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's page, say): the error keeps the text.
    }
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    return errorFromResponse(response.status, body, retryAfterMs === undefined ? undefined : retryAfterMs / 1000);
  }

  /** The wait before retrying a call that failed with this error, or undefined to give up. */
  private retryAfterError(error: AegisError, attempt: number, response: Response): number | undefined {
    if (attempt >= this.config.retry.maxRetries || !retryableStatus(response.status, error.code)) {
      return undefined;
    }
    return retryDelay(attempt, parseRetryAfter(response.headers.get("retry-after")), this.config.retry);
  }

  private url(call: Call): string {
    const { endpoint } = call;
    let path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = call.pathParams?.[name];
      if (value === undefined || value === "") {
        throw new TypeError(`${endpoint.method} ${endpoint.path} needs a value for {${name}}`);
      }
      return encodeURIComponent(value);
    });
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (!endpoint.query?.includes(name)) {
        throw new TypeError(`${endpoint.method} ${endpoint.path} declares no query parameter '${name}'`);
      }
      if (value !== undefined) {
        query.set(name, String(value));
      }
    }
    if (call.body !== undefined && !(call.body instanceof FormData)) {
      for (const name of Object.keys(call.body)) {
        if (!endpoint.body?.includes(name)) {
          throw new TypeError(`${endpoint.method} ${endpoint.path} declares no body field '${name}'`);
        }
      }
    }
    const search = query.toString();
    if (search !== "") {
      path += `?${search}`;
    }
    return this.config.baseUrl + path;
  }
}

/** The signal of one attempt: aborted by the caller's signal or by the timeout, and able to tell which. */
class AttemptSignal {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timedOut = false;
  private readonly onAbort = () => this.controller.abort(this.caller?.reason);

  constructor(private readonly caller: AbortSignal | undefined, private readonly timeoutMs: number) {
    if (caller?.aborted) {
      this.controller.abort(caller.reason);
    } else {
      caller?.addEventListener("abort", this.onAbort, { once: true });
    }
    if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      this.timer = setTimeout(() => {
        this.timedOut = true;
        this.controller.abort();
      }, timeoutMs);
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  stopTimer(): void {
    clearTimeout(this.timer);
  }

  dispose(): void {
    this.stopTimer();
    this.caller?.removeEventListener("abort", this.onAbort);
  }

  /** What a failure of fetch or of reading a body means: the caller's abort, a timeout, or a transport failure. */
  translate(error: unknown): unknown {
    if (error instanceof AegisError) {
      return error;
    }
    if (this.caller?.aborted) {
      return this.caller.reason ?? error;
    }
    if (this.timedOut) {
      return new TimeoutError(`No answer within ${this.timeoutMs} ms.`, { cause: error });
    }
    return new ConnectionError(`The gateway could not be reached: ${describe(error)}`, { cause: error });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
