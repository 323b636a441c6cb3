package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request fields Aegis forwards to a provider besides the model, the messages and the tools: a
 * typed allowlist. Numbers must be numbers in range, switches booleans, enumerations short words;
 * an end-user id is replaced by a keyed hash; {@code metadata} is for the caller's own records and
 * never leaves; a field not on the list is refused with a 400 that names it. What is free text
 * ({@code stop}, {@code prediction}, a response format's schema) is scanned by the route's ingress
 * guards like the messages (see the README's "What is scanned").
 */
public final class RequestParameters {

    /** What a field becomes: its raw JSON to forward, or empty to drop it. */
    @FunctionalInterface
    private interface Check {
        Optional<String> forward(JsonNode value, String path);
    }

    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern WORD = Pattern.compile("[a-z0-9_-]{1,32}");
    private static final Pattern TOKEN_ID = Pattern.compile("[0-9]{1,10}");
    private static final Pattern SCHEMA_KEY = Pattern.compile("[A-Za-z0-9_.$-]{1,64}");
    private static final int MAX_ID_LENGTH = 512;
    private static final int MAX_STOP = 4;

    /** What {@code POST /v1/runs} accepts in {@code parameters}: how to sample, nothing that changes what is sent. */
    private static final Set<String> SAMPLING = Set.of("temperature", "top_p", "max_tokens", "max_completion_tokens", "n", "stop", "seed",
            "presence_penalty", "frequency_penalty", "logit_bias", "reasoning_effort", "verbosity", "top_k", "min_p", "repetition_penalty");

    private static final Map<String, String> REFUSED = Map.of(
            "functions", "'functions' is deprecated; send 'tools'.",
            "function_call", "'function_call' is deprecated; send 'tool_choice'.",
            "audio", "audio output is not supported by this gateway.",
            "modalities", "only text output is supported by this gateway.",
            "web_search_options", "'web_search_options' is not supported by this gateway.");

    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final SecretKeySpec idKey;

    /** @param idKey the HMAC key for end-user ids; a random one per process when empty */
    public RequestParameters(Optional<Secret> idKey) {
        byte[] key = idKey.map(secret -> secret.reveal().getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
        this.idKey = new SecretKeySpec(key, "HmacSHA256");
        number("temperature", 0, 2);
        number("top_p", 0, 1);
        number("presence_penalty", -2, 2);
        number("frequency_penalty", -2, 2);
        number("min_p", 0, 1);
        number("repetition_penalty", 0, 10);
        integer("max_tokens", 1, Integer.MAX_VALUE);
        integer("max_completion_tokens", 1, Integer.MAX_VALUE);
        integer("top_logprobs", 0, 20);
        integer("top_k", 0, Integer.MAX_VALUE);
        integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        checks.put("n", RequestParameters::n);
        for (String name : List.of("logprobs", "parallel_tool_calls", "store")) {
            checks.put(name, (value, path) -> {
                if (!value.isBoolean()) {
                    throw invalid(path, "a boolean");
                }
                return Optional.of(value.toString());
            });
        }
        for (String name : List.of("reasoning_effort", "service_tier", "verbosity")) {
            checks.put(name, (value, path) -> word(value, path));
        }
        checks.put("stop", RequestParameters::stop);
        checks.put("logit_bias", RequestParameters::logitBias);
        checks.put("response_format", RequestParameters::responseFormat);
        checks.put("tool_choice", RequestParameters::toolChoice);
        checks.put("prediction", RequestParameters::prediction);
        for (String name : List.of("user", "safety_identifier", "prompt_cache_key")) {
            checks.put(name, this::hashed);
        }
        checks.put("metadata", (value, path) -> {
            if (!value.isObject()) {
                throw ApiError.badRequest("invalid_parameter", "'" + path + "' must be an object.", path);
            }
            return Optional.empty(); // the caller's own records: never sent to a provider
        });
    }

    /** The fields of a chat completion body the gateway does not interpret itself, checked, as raw JSON by wire name. */
    public Map<String, String> chat(JsonNode body, Set<String> interpreted) {
        Map<String, String> forwarded = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            if (!interpreted.contains(name)) {
                check(name, field.getValue(), name).ifPresent(raw -> forwarded.put(name, raw));
            }
        }
        return forwarded;
    }

    /** The {@code parameters} of a {@code POST /v1/runs} body: sampling parameters only. */
    public Map<String, String> sampling(JsonNode parameters) {
        Map<String, String> forwarded = new LinkedHashMap<>();
        if (parameters.isMissingNode() || parameters.isNull()) {
            return forwarded;
        }
        if (!parameters.isObject()) {
            throw ApiError.badRequest("invalid_parameters", "'parameters' must be an object of sampling parameters.", "parameters");
        }
        for (Map.Entry<String, JsonNode> field : parameters.properties()) {
            String name = field.getKey();
            String path = "parameters." + name;
            if (!SAMPLING.contains(name)) {
                throw new ApiError(400, "invalid_request_error", "unsupported_parameter", "'" + path + "' is not a sampling parameter; "
                        + "/v1/runs accepts " + String.join(", ", SAMPLING.stream().sorted().toList()) + ".", Optional.of(path));
            }
            check(name, field.getValue(), path).ifPresent(raw -> forwarded.put(name, raw));
        }
        return forwarded;
    }

    /** Whether every key of a JSON schema is a plain identifier (keys are not scanned; their values are). */
    static void checkSchemaKeys(JsonNode schema, String path) {
        if (schema.isObject()) {
            for (Map.Entry<String, JsonNode> field : schema.properties()) {
                if (!SCHEMA_KEY.matcher(field.getKey()).matches()) {
                    throw ApiError.badRequest("invalid_schema", "schema keys (property names included) are 1 to 64 letters, digits, '_', '.', '$' or '-'",
                            path);
                }
                checkSchemaKeys(field.getValue(), path + "." + field.getKey());
            }
        } else if (schema.isArray()) {
            for (int i = 0; i < schema.size(); i++) {
                checkSchemaKeys(schema.get(i), path + "[" + i + "]");
            }
        }
    }

    private Optional<String> check(String name, JsonNode value, String path) {
        if (REFUSED.containsKey(name)) {
            throw new ApiError(400, "invalid_request_error", "unsupported_parameter", REFUSED.get(name), Optional.of(path));
        }
        Check check = checks.get(name);
        if (check == null) {
            throw new ApiError(400, "invalid_request_error", "unsupported_parameter",
                    "'" + path + "' is not a field this gateway forwards; see \"What is scanned\" in its README.", Optional.of(path));
        }
        return value.isNull() ? Optional.empty() : check.forward(value, path);
    }

    private void number(String name, double min, double max) {
        checks.put(name, (value, path) -> {
            if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max || !Double.isFinite(value.asDouble())) {
                throw invalid(path, "a number from " + plain(min) + " to " + plain(max));
            }
            return Optional.of(value.toString());
        });
    }

    private void integer(String name, long min, long max) {
        checks.put(name, (value, path) -> {
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
                throw invalid(path, min == Long.MIN_VALUE ? "an integer" : "an integer from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
            }
            return Optional.of(value.toString());
        });
    }

    // A provider bills every choice; the gateway answers with one. So more than one is refused, not dropped.
    private static Optional<String> n(JsonNode value, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1) {
            throw invalid(path, "a positive integer");
        }
        if (value.asLong() != 1) {
            throw new ApiError(400, "invalid_request_error", "unsupported_parameter",
                    "This gateway answers with one choice per request: 'n' must be 1. Send the request again for another answer.", Optional.of(path));
        }
        return Optional.of("1");
    }

    private static Optional<String> word(JsonNode value, String path) {
        if (!value.isTextual() || !WORD.matcher(value.asText()).matches()) {
            throw invalid(path, "a lower-case word");
        }
        return Optional.of(value.toString());
    }

    private static Optional<String> stop(JsonNode value, String path) {
        if (value.isTextual()) {
            return Optional.of(value.toString());
        }
        if (!value.isArray() || value.size() > MAX_STOP) {
            throw invalid(path, "a string or an array of up to " + MAX_STOP + " strings");
        }
        for (JsonNode stop : value) {
            if (!stop.isTextual()) {
                throw invalid(path, "a string or an array of up to " + MAX_STOP + " strings");
            }
        }
        return Optional.of(value.toString());
    }

    private static Optional<String> logitBias(JsonNode value, String path) {
        if (!value.isObject() || value.size() > 300) {
            throw invalid(path, "an object of up to 300 token ids and biases");
        }
        for (Map.Entry<String, JsonNode> bias : value.properties()) {
            if (!TOKEN_ID.matcher(bias.getKey()).matches() || !bias.getValue().isNumber() || Math.abs(bias.getValue().asDouble()) > 100) {
                throw invalid(path, "an object of token ids and biases from -100 to 100");
            }
        }
        return Optional.of(value.toString());
    }

    private static Optional<String> responseFormat(JsonNode value, String path) {
        String type = value.path("type").asText("");
        if (!value.isObject() || !Set.of("text", "json_object", "json_schema").contains(type)) {
            throw invalid(path, "an object whose 'type' is text, json_object or json_schema");
        }
        only(value, path, Set.of("type", "json_schema"));
        if (type.equals("json_schema")) {
            JsonNode schema = value.path("json_schema");
            String at = path + ".json_schema";
            if (!schema.isObject() || !schema.path("name").isTextual() || !NAME.matcher(schema.path("name").asText()).matches()) {
                throw invalid(at, "an object with a 'name' of 1 to 64 letters, digits, '_' or '-'");
            }
            only(schema, at, Set.of("name", "description", "schema", "strict"));
            if (!schema.path("description").isMissingNode() && !schema.path("description").isTextual()) {
                throw invalid(at + ".description", "a string");
            }
            if (!schema.path("strict").isMissingNode() && !schema.path("strict").isBoolean()) {
                throw invalid(at + ".strict", "a boolean");
            }
            if (!schema.path("schema").isMissingNode() && !schema.path("schema").isObject()) {
                throw invalid(at + ".schema", "a JSON schema object");
            }
            checkSchemaKeys(schema.path("schema"), at + ".schema");
        }
        return Optional.of(value.toString());
    }

    private static Optional<String> toolChoice(JsonNode value, String path) {
        if (value.isTextual() && Set.of("none", "auto", "required").contains(value.asText())) {
            return Optional.of(value.toString());
        }
        JsonNode name = value.path("function").path("name");
        if (value.isObject() && "function".equals(value.path("type").asText()) && name.isTextual() && NAME.matcher(name.asText()).matches()) {
            only(value, path, Set.of("type", "function"));
            only(value.path("function"), path + ".function", Set.of("name"));
            return Optional.of(value.toString());
        }
        throw invalid(path, "none, auto, required or {\"type\": \"function\", \"function\": {\"name\": …}}");
    }

    private static Optional<String> prediction(JsonNode value, String path) {
        JsonNode content = value.path("content");
        boolean parts = content.isArray() && content.size() > 0;
        for (JsonNode part : content.isArray() ? content : List.<JsonNode>of()) {
            parts &= part.isObject() && "text".equals(part.path("type").asText()) && part.path("text").isTextual() && part.size() == 2;
        }
        if (!value.isObject() || !"content".equals(value.path("type").asText()) || !(content.isTextual() || parts)) {
            throw invalid(path, "{\"type\": \"content\", \"content\": a string or text parts}");
        }
        only(value, path, Set.of("type", "content"));
        return Optional.of(value.toString());
    }

    // An end-user id lets a provider tell abusive users apart; a keyed hash of it does as well, and names nobody.
    private Optional<String> hashed(JsonNode value, String path) {
        if (!value.isTextual() || value.asText().isEmpty() || value.asText().length() > MAX_ID_LENGTH) {
            throw invalid(path, "a string of 1 to " + MAX_ID_LENGTH + " characters");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(idKey);
            byte[] digest = mac.doFinal(value.asText().getBytes(StandardCharsets.UTF_8));
            return Optional.of("\"aegis-" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static void only(JsonNode object, String path, Set<String> allowed) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!allowed.contains(field.getKey())) {
                throw new ApiError(400, "invalid_request_error", "unsupported_parameter",
                        "'" + path + "." + field.getKey() + "' is not a field this gateway forwards.", Optional.of(path + "." + field.getKey()));
            }
        }
    }

    private static ApiError invalid(String path, String what) {
        return ApiError.badRequest("invalid_parameter", "'" + path + "' must be " + what + ".", path);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
