package dev.aegis.server.mcp;

/** The JSON schemas of the tools' inputs. */
final class ToolSchemas {

    static final String NONE = """
            {"type": "object", "properties": {}, "additionalProperties": false}""";

    static final String CHAT = """
            {
              "type": "object",
              "properties": {
                "model": {"type": "string", "minLength": 1,
                          "description": "A model name from list_models; it selects the route. Give this or 'route'."},
                "route": {"type": "string", "minLength": 1,
                          "description": "A route name from list_routes, instead of a model: its provider answers with its default model."},
                "prompt": {"type": "string", "minLength": 1,
                           "description": "A single user message. Give this or 'messages'."},
                "messages": {
                  "type": "array", "minItems": 1,
                  "description": "The conversation, oldest first, in OpenAI's chat shape.",
                  "items": {
                    "type": "object",
                    "properties": {
                      "role": {"type": "string", "enum": ["system", "developer", "user", "assistant"]},
                      "content": {"type": "string"}
                    },
                    "required": ["role", "content"]
                  }
                }
              },
              "additionalProperties": false
            }""";

    static final String GET_RUN = """
            {
              "type": "object",
              "properties": {
                "run_id": {"type": "string", "minLength": 1, "description": "The run's id, e.g. from a chat result (run_…)."}
              },
              "required": ["run_id"],
              "additionalProperties": false
            }""";

    static final String LIST_APPROVALS = """
            {
              "type": "object",
              "properties": {
                "route": {"type": "string", "minLength": 1, "description": "Only the approvals of runs on this route."}
              },
              "additionalProperties": false
            }""";

    private ToolSchemas() {}
}
