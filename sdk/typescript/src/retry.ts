/** When to try a request again, and how long to wait first. */

/** Codes of a 503 answered after a run ended (it ran, but was not recorded): sending it again would run it again. */
const AFTER_THE_RUN = new Set(["audit_unavailable", "state_unavailable"]);

export interface RetryPolicy {
  readonly maxRetries: number;
  /** The first backoff; each retry doubles it. */
  readonly initialDelayMs: number;
  /** The longest wait: a `retry-after` beyond it is not waited for, the error is raised instead. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, initialDelayMs: 500, maxDelayMs: 30_000 };

/**
 * Whether an error status may be retried. 429 and 503 are answered before a request takes effect, so even
 * a POST may be sent again, except a 503 whose code says the run already happened.
 */
export function retryableStatus(status: number, code: string | undefined): boolean {
  return status === 429 || (status === 503 && !(code !== undefined && AFTER_THE_RUN.has(code)));
}

/** A `retry-after` header in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === "") {
    return undefined;
  }
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) {
    return Math.round(Number(value) * 1000);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt` (0 for the first retry), or undefined when the server asked for
 * longer than the policy allows. Without `retry-after`: exponential, with jitter so that many clients
 * refused at once do not come back at once.
 */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, policy: RetryPolicy,
    random: () => number = Math.random): number | undefined {
  if (retryAfterMs !== undefined) {
    return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : undefined;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}
