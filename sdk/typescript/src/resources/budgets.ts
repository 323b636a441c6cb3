import { ENDPOINTS } from "../endpoints.js";
import type { Budgets as BudgetsDocument } from "../models.js";
import { asModel } from "../parse.js";
import { MODELS } from "../schema.js";
import type { RequestOptions, Transport } from "../transport.js";

/** Spend and limits (`/v1/budgets`, present when a route has a budgets node). */
export class Budgets {
  constructor(private readonly transport: Transport) {}

  /** The caller's team and key; `team` asks for one team only (another team than the caller's: admins only). */
  async get(params: { team?: string } = {}, options?: RequestOptions): Promise<BudgetsDocument> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.getBudgets, query: { team: params.team }, options });
    return asModel<BudgetsDocument>(MODELS.Budgets, data);
  }
}
