import { ENDPOINTS } from "../endpoints.js";
import type { Model, Route } from "../models.js";
import { asList } from "../parse.js";
import { MODELS } from "../schema.js";
import type { RequestOptions, Transport } from "../transport.js";

/** The routes the caller may use, with their stages (`/v1/routes`). */
export class Routes {
  constructor(private readonly transport: Transport) {}

  async list(options?: RequestOptions): Promise<Route[]> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.listRoutes, options });
    return asList<Route>(MODELS.Route, data);
  }
}

/** The models (route selectors) the caller may use (`/v1/models`). */
export class Models {
  constructor(private readonly transport: Transport) {}

  async list(options?: RequestOptions): Promise<Model[]> {
    const { data } = await this.transport.json({ endpoint: ENDPOINTS.listModels, options });
    return asList<Model>(MODELS.Model, data);
  }
}
