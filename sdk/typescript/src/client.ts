import { Approvals } from "./resources/approvals.js";
import { Audit } from "./resources/audit.js";
import { Budgets } from "./resources/budgets.js";
import { Models, Routes } from "./resources/catalog.js";
import { Collections } from "./resources/collections.js";
import { Runs } from "./resources/runs.js";
import { ToolPins } from "./resources/tool-pins.js";
import { DEFAULT_RETRY_POLICY } from "./retry.js";
import { Transport } from "./transport.js";

export const DEFAULT_BASE_URL = "http://127.0.0.1:8080";
export const DEFAULT_TIMEOUT_MS = 120_000;

export interface ClientOptions {
  /** The gateway, with or without `/v1` (default http://127.0.0.1:8080). */
  baseUrl?: string;
  /** The API key; by default the environment's AEGIS_API_KEY where there is one (Node). */
  apiKey?: string;
  /** How long a call may take, in milliseconds (for a stream: until its first byte). Default 120 s. */
  timeoutMs?: number;
  /** Retries of a call refused with 429 or 503, or of a GET whose connection failed. Default 2. */
  maxRetries?: number;
  /** The fetch to use (default the global one). */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every call. */
  headers?: Record<string, string>;
}

/** A client of an Aegis gateway's native API. For chat, use the official `openai` package with the same gateway. */
export class AegisClient {
  readonly baseUrl: string;
  readonly runs: Runs;
  readonly approvals: Approvals;
  readonly audit: Audit;
  readonly budgets: Budgets;
  readonly toolPins: ToolPins;
  readonly routes: Routes;
  readonly models: Models;
  readonly collections: Collections;

  constructor(options: ClientOptions = {}) {
    this.baseUrl = normaliseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    const fetch = options.fetch ?? globalThis.fetch;
    if (typeof fetch !== "function") {
      throw new TypeError("No fetch: pass one in ClientOptions.fetch (Node 18 or later has it built in).");
    }
    const transport = new Transport({
      baseUrl: this.baseUrl,
      apiKey: options.apiKey ?? environment("AEGIS_API_KEY"),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: { ...DEFAULT_RETRY_POLICY, maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries },
      fetch: (input, init) => fetch(input, init),
      headers: { ...options.headers },
    });
    this.runs = new Runs(transport);
    this.approvals = new Approvals(transport);
    this.audit = new Audit(transport);
    this.budgets = new Budgets(transport);
    this.toolPins = new ToolPins(transport);
    this.routes = new Routes(transport);
    this.models = new Models(transport);
    this.collections = new Collections(transport);
  }
}

/** The gateway's root: the SDK's paths start with /v1, so a URL ending in /v1 loses it. */
export function normaliseBaseUrl(url: string): string {
  return url.replace(/\/+$/, "").replace(/\/v1$/, "");
}

/** An environment variable where there is an environment (Node, Deno, Bun); undefined in a browser. */
function environment(name: string): string | undefined {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return typeof process === "object" ? process?.env?.[name] : undefined;
}
