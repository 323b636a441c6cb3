import { ENDPOINTS } from "../endpoints.js";
import { NotFoundError, TimeoutError } from "../errors.js";
import type { Approval, Message, Run } from "../models.js";
import { asList, asModel } from "../parse.js";
import { MODELS } from "../schema.js";
import { sleep } from "../sleep.js";
import type { RequestOptions, Transport } from "../transport.js";

/** The longest long-poll the gateway accepts. */
const MAX_WAIT_MS = 60_000;
/** Time for the gateway to answer after a long-poll's wait has passed. */
const WAIT_MARGIN_MS = 10_000;

export interface ListApprovalsParams {
  route?: string;
  /** Long-poll: answer as soon as an approval is pending, or empty after this: seconds, or "30s", "500ms", "1m". */
  wait?: number | string;
}

export interface WaitForOptions extends RequestOptions {
  /** How long to wait for the run's approval request, in milliseconds (default 60 s). */
  waitMs?: number;
}

/** Runs waiting for a decision, and the decisions (`/v1/approvals`; the approver role). */
export class Approvals {
  constructor(private readonly transport: Transport) {}

  async list(params: ListApprovalsParams = {}, options?: RequestOptions): Promise<Approval[]> {
    const wait = params.wait === undefined ? undefined : waitParameter(params.wait);
    const timeoutMs = wait === undefined
      ? options?.timeoutMs
      : Math.max(options?.timeoutMs ?? this.transport.timeoutMs, waitMillis(wait) + WAIT_MARGIN_MS);
    const { data } = await this.transport.json({
      endpoint: ENDPOINTS.listApprovals,
      query: { route: params.route, wait },
      options: { ...options, timeoutMs },
    });
    return asList<Approval>(MODELS.Approval, data);
  }

  /** One approval by its run's id; `reveal` shows the conversation unmasked (the reveal role; audited). */
  async get(id: string, params: { reveal?: boolean } = {}, options?: RequestOptions): Promise<Approval> {
    const { data } = await this.transport.json({
      endpoint: ENDPOINTS.getApproval,
      pathParams: { id },
      query: { reveal: params.reveal ? true : undefined },
      options,
    });
    return asModel<Approval>(MODELS.Approval, data);
  }

  /**
   * Approves: the run resumes and its result is answered (a Run), unless the request needs more distinct
   * approvers (an Approval, still pending). Tell them apart by `object`. `messages` edits the conversation.
   */
  async approve(id: string, params: { messages?: Message[] } = {}, options?: RequestOptions): Promise<Run | Approval> {
    const { status, data } = await this.transport.json({
      endpoint: ENDPOINTS.approve,
      pathParams: { id },
      body: params.messages === undefined ? {} : { messages: params.messages },
      options,
    });
    return status === 202 ? asModel<Approval>(MODELS.Approval, data) : asModel<Run>(MODELS.Run, data);
  }

  /** Rejects: the run ends refused. */
  async reject(id: string, params: { reason?: string } = {}, options?: RequestOptions): Promise<Run> {
    const { data } = await this.transport.json({
      endpoint: ENDPOINTS.reject,
      pathParams: { id },
      body: params.reason === undefined ? {} : { reason: params.reason },
      options,
    });
    return asModel<Run>(MODELS.Run, data);
  }

  /**
   * Waits until the run `runId` asks for approval and answers its request. Long-polls, so it answers as
   * soon as the run pauses; raises TimeoutError when it has not within `waitMs`.
   */
  async waitFor(runId: string, options: WaitForOptions = {}): Promise<Approval> {
    const { waitMs = MAX_WAIT_MS, ...requestOptions } = options;
    const deadline = Date.now() + waitMs;
    let pause = 250;
    for (;;) {
      const pending = await this.pending(runId, requestOptions);
      if (pending) {
        return pending;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new TimeoutError(`Run ${runId} did not ask for approval within ${waitMs} ms.`);
      }
      const others = await this.list({ wait: `${Math.min(left, MAX_WAIT_MS)}ms` }, requestOptions);
      const mine = others.find((approval) => approval.run_id === runId);
      if (mine) {
        return mine;
      }
      if (others.length > 0) {
        // Other runs' requests end the long-poll at once; ask again without spinning.
        await sleep(Math.min(pause, Math.max(0, deadline - Date.now())), requestOptions.signal);
        pause = Math.min(pause * 2, 2_000);
      }
    }
  }

  private async pending(runId: string, options: RequestOptions): Promise<Approval | undefined> {
    try {
      const approval = await this.get(runId, {}, options);
      return approval.status === "pending" ? approval : undefined;
    } catch (error) {
      if (error instanceof NotFoundError) {
        return undefined;
      }
      throw error;
    }
  }
}

function waitParameter(wait: number | string): string {
  if (typeof wait === "string") {
    return wait;
  }
  return Number.isInteger(wait) ? `${wait}s` : `${Math.round(wait * 1000)}ms`;
}

function waitMillis(wait: string): number {
  const match = /^(\d+)(ms|s|m)?$/.exec(wait);
  if (!match) {
    return 0;
  }
  const unit = match[2] === "ms" ? 1 : match[2] === "m" ? 60_000 : 1_000;
  return Number(match[1]) * unit;
}
