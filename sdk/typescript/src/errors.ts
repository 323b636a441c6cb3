import type { ErrorBody } from "./models.js";

export interface AegisErrorInit {
  status?: number;
  code?: string;
  type?: string;
  param?: string | null;
  body?: unknown;
  cause?: unknown;
}

/** Every failure the SDK raises: an error response of the gateway, a transport failure or a stream error. */
export class AegisError extends Error {
  /** The HTTP status, when the gateway answered. */
  readonly status: number | undefined;
  /** The stable error code of the body (`approval_separation`, `run_not_paused`, ...). */
  readonly code: string | undefined;
  readonly type: string | undefined;
  readonly param: string | null | undefined;
  /** The body as answered: the parsed JSON when it was JSON, the text otherwise. */
  readonly body: unknown;

  constructor(message: string, init: AegisErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.code = init.code;
    this.type = init.type;
    this.param = init.param;
    this.body = init.body;
  }
}

export class BadRequestError extends AegisError {}
export class AuthenticationError extends AegisError {}
export class PermissionDeniedError extends AegisError {}
export class NotFoundError extends AegisError {}
/** 409: `approval_required`, `run_not_paused`, `approval_already_given`, ... */
export class ConflictError extends AegisError {}
/** 422: a guard refused the request. */
export class UnprocessableError extends AegisError {}
export class InternalServerError extends AegisError {}
export class ServiceUnavailableError extends InternalServerError {}

export class RateLimitError extends AegisError {
  /** Seconds the gateway asked to wait (its `retry-after` header), when it said. */
  readonly retryAfter: number | undefined;

  constructor(message: string, init: AegisErrorInit & { retryAfter?: number }) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}

/** The gateway could not be reached, or the connection broke before the answer was complete. */
export class ConnectionError extends AegisError {}

/** No answer within the client's timeout. */
export class TimeoutError extends ConnectionError {}

/** A streamed run ended with `event: error`: the run could not be recorded after the stream started. */
export class StreamError extends AegisError {}

const BY_STATUS: ReadonlyArray<[number, typeof AegisError]> = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableError],
  [503, ServiceUnavailableError],
];

/** The error an error response stands for, with its OpenAI-style body when it has one. */
export function errorFromResponse(status: number, body: unknown, retryAfter?: number): AegisError {
  const detail = errorDetail(body);
  const message = detail?.message ?? `The gateway answered HTTP ${status}.`;
  const init: AegisErrorInit = { status, code: detail?.code, type: detail?.type, param: detail?.param, body };
  if (status === 429) {
    return new RateLimitError(message, { ...init, retryAfter });
  }
  const known = BY_STATUS.find(([candidate]) => candidate === status);
  if (known) {
    return new known[1](message, init);
  }
  return status >= 500 ? new InternalServerError(message, init) : new AegisError(message, init);
}

/** The error of an `event: error` in a streamed run. */
export function streamError(body: unknown): StreamError {
  const detail = errorDetail(body);
  return new StreamError(detail?.message ?? "The stream ended with an error.", {
    code: detail?.code,
    type: detail?.type,
    param: detail?.param,
    body,
  });
}

function errorDetail(body: unknown): Partial<ErrorBody["error"]> | undefined {
  if (typeof body !== "object" || body === null) {
    return undefined;
  }
  const error = (body as { error?: unknown }).error;
  return typeof error === "object" && error !== null ? (error as Partial<ErrorBody["error"]>) : undefined;
}
