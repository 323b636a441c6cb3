// Compares what the SDK calls and parses (ENDPOINTS, MODELS, STREAM_EVENTS) with an OpenAPI document;
// answers the disagreements as sentences, none when they agree.

export function disagreements(document, { models, endpoints, streamEvents }) {
  const problems = [];
  checkStreamEvents(document, streamEvents, problems);
  for (const endpoint of Object.values(endpoints)) {
    checkEndpoint(document, endpoint, problems);
  }
  for (const descriptor of Object.values(models)) {
    const schema = document.components?.schemas?.[descriptor.schema];
    if (schema === undefined) {
      problems.push(`${descriptor.schema}: no such schema in components.schemas`);
    } else {
      checkModel(document, descriptor, schema, descriptor.schema, problems);
    }
  }
  return problems;
}

function checkEndpoint(document, endpoint, problems) {
  const name = `${endpoint.method} ${endpoint.path}`;
  const operation = document.paths?.[endpoint.path]?.[endpoint.method.toLowerCase()];
  if (operation === undefined) {
    problems.push(`${name}: no such operation in openapi.json`);
    return;
  }
  const parameters = [...(document.paths[endpoint.path].parameters ?? []), ...(operation.parameters ?? [])];
  const inQuery = new Set(parameters.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name));
  for (const query of endpoint.query ?? []) {
    if (!inQuery.has(query)) {
      problems.push(`${name}: query parameter '${query}' is sent by the SDK but not in openapi.json`);
    }
  }
  const content = operation.requestBody?.content ?? {};
  const media = endpoint.multipart ? "multipart/form-data" : "application/json";
  const body = resolve(document, content[media]?.schema);
  for (const field of endpoint.body ?? []) {
    if (body?.properties?.[field] === undefined) {
      problems.push(`${name}: body field '${field}' (${media}) is sent by the SDK but not in openapi.json`);
    }
  }
}

function checkStreamEvents(document, streamEvents, problems) {
  const documented = document.paths?.["/v1/runs"]?.post?.responses?.["200"]?.["x-aegis-events"] ?? {};
  for (const [event, schema] of Object.entries(streamEvents)) {
    const reference = documented[event]?.$ref;
    if (reference === undefined) {
      problems.push(`stream event '${event}' is read by the SDK but not in openapi.json's x-aegis-events`);
    } else if (reference !== `#/components/schemas/${schema}`) {
      problems.push(`stream event '${event}' carries ${schema} in the SDK, ${reference} in openapi.json`);
    }
  }
  for (const event of Object.keys(documented)) {
    if (streamEvents[event] === undefined) {
      problems.push(`stream event '${event}' is in openapi.json but the SDK skips it`);
    }
  }
}

function checkModel(document, descriptor, schema, label, problems) {
  const properties = resolve(document, schema)?.properties ?? {};
  const documented = Object.keys(properties);
  for (const field of descriptor.fields) {
    if (!documented.includes(field)) {
      problems.push(`${label}: field '${field}' is in the SDK but not in openapi.json`);
    }
  }
  for (const field of documented) {
    if (!descriptor.fields.includes(field)) {
      problems.push(`${label}: field '${field}' is in openapi.json but not in the SDK`);
    }
  }
  if (descriptor.object !== undefined && properties.object?.const !== descriptor.object) {
    problems.push(`${label}: object is "${descriptor.object}" in the SDK, ${JSON.stringify(properties.object?.const)} in openapi.json`);
  }
  const enums = descriptor.enums ?? {};
  for (const [field, property] of Object.entries(properties)) {
    const values = resolve(document, property)?.enum;
    if (values !== undefined && enums[field] === undefined) {
      problems.push(`${label}.${field}: an enum in openapi.json (${values.join(", ")}) the SDK does not list`);
    }
  }
  for (const [field, values] of Object.entries(enums)) {
    const documentedValues = resolve(document, properties[field])?.enum ?? [];
    for (const value of values) {
      if (!documentedValues.includes(value)) {
        problems.push(`${label}.${field}: enum value '${value}' is in the SDK but not in openapi.json`);
      }
    }
    for (const value of documentedValues) {
      if (!values.includes(value)) {
        problems.push(`${label}.${field}: enum value '${value}' is in openapi.json but not in the SDK`);
      }
    }
  }
  for (const field of documented) {
    if (descriptor.fields.includes(field) && descriptor.nested?.[field] === undefined && objectSchema(document, properties[field])) {
      problems.push(`${label}.${field}: an object in openapi.json whose fields the SDK does not describe`);
    }
  }
  for (const [field, nested] of Object.entries(descriptor.nested ?? {})) {
    const nestedSchema = objectSchema(document, properties[field]);
    if (nestedSchema === undefined) {
      problems.push(`${label}.${field}: openapi.json does not describe it as an object`);
    } else {
      checkModel(document, nested, nestedSchema, `${label}.${field}`, problems);
    }
  }
}

/** The object schema a property holds: itself, its array's items, or the object among its oneOf/anyOf options. */
function objectSchema(document, property) {
  const schema = resolve(document, property);
  if (schema?.properties !== undefined) {
    return schema;
  }
  if (schema?.items !== undefined) {
    return objectSchema(document, schema.items);
  }
  for (const option of schema?.oneOf ?? schema?.anyOf ?? []) {
    const found = objectSchema(document, option);
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}

function resolve(document, schema) {
  let current = schema;
  while (current?.$ref !== undefined) {
    const path = current.$ref.replace(/^#\//, "").split("/");
    current = path.reduce((node, key) => node?.[key], document);
  }
  return current;
}
