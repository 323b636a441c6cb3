import { ENDPOINTS } from "../endpoints.js";
import type { ToolPin, ToolPinStatus } from "../models.js";
import { asList, asModel } from "../parse.js";
import { MODELS } from "../schema.js";
import type { RequestOptions, Transport } from "../transport.js";

export interface ToolPinApproval {
  route: string;
  source: string;
  tool: string;
  /** The pending definition's hash, as reviewed. */
  hash: string;
}

/** Tool definitions routes trust (`/v1/tool-pins`; the approver role). */
export class ToolPins {
  constructor(private readonly transport: Transport) {}

  /** The pins, quarantined ones first. */
  async list(params: { status?: ToolPinStatus } = {}, options?: RequestOptions): Promise<ToolPin[]> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.listToolPins, query: { status: params.status }, options });
    return asList<ToolPin>(MODELS.ToolPin, data);
  }

  /** Trusts the quarantined definition of a tool. */
  async approve(params: ToolPinApproval, options?: RequestOptions): Promise<ToolPin> {
    const { route, source, tool, hash } = params;
    const { data } = await this.transport.json({
      endpoint: ENDPOINTS.approveToolPin,
      body: { route, source, tool, hash },
      options,
    });
    return asModel<ToolPin>(MODELS.ToolPin, data);
  }
}
