import { AegisError } from "./errors.js";
import type { ModelDescriptor } from "./schema.js";

/**
 * A response body as the model it should be: an object, with the descriptor's "object" constant when it has
 * one. Fields are not copied or dropped: fields a newer gateway adds stay readable.
 */
export function asModel<T>(descriptor: Pick<ModelDescriptor, "schema" | "object">, value: unknown): T {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AegisError(`Expected a ${descriptor.schema} object from the gateway, got ${describe(value)}.`, { body: value });
  }
  const object = (value as { object?: unknown }).object;
  if (descriptor.object !== undefined && object !== descriptor.object) {
    throw new AegisError(`Expected a ${descriptor.schema} (object "${descriptor.object}"), got object ${JSON.stringify(object)}.`, {
      body: value,
    });
  }
  return value as T;
}

/** The items of a `{"object": "list", "data": [...]}` body. */
export function asList<T>(descriptor: Pick<ModelDescriptor, "schema" | "object">, value: unknown): T[] {
  const data = (value as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) {
    throw new AegisError(`Expected a list of ${descriptor.schema} from the gateway, got ${describe(value)}.`, { body: value });
  }
  return data.map((item) => asModel<T>(descriptor, item));
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}
