package dev.aegis.kernel.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.kernel.config.SecretResolver;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds configuration trees to records strictly: kebab-case keys, unknown keys rejected (all of
 * them, each with its path), Jakarta validation, durations with units, secret references resolved.
 */
public final class RecordBinder {

    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final SecretResolver secrets;

    public RecordBinder(SecretResolver secrets) {
        this.secrets = secrets;
    }

    /** Parses YAML or JSON text; an empty document is an empty mapping. */
    public JsonNode parse(String text, String path) {
        try {
            JsonNode tree = YAML.readTree(text);
            return tree == null || tree.isMissingNode() || tree.isNull() ? JsonNodeFactory.instance.objectNode() : tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw ConfigException.of(path, "not valid YAML" + where + ": " + e.getOriginalMessage());
        }
    }

    /**
     * Binds {@code node} (absent or null means an empty mapping) to {@code type}.
     *
     * @param path where the node sits in the file, prefixed to every error
     * @throws ConfigException with every problem found
     */
    public <C extends Record> C bind(JsonNode node, Class<C> type, String path) {
        JsonNode tree = node == null || node.isNull() || node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node;
        List<ConfigError> errors = new ArrayList<>();
        UnknownKeys.check(tree, type, path, errors);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        C bound;
        try {
            bound = MAPPER.readerFor(type)
                    .withAttribute(SecretDeserializer.RESOLVER, secrets)
                    .withAttribute(SecretDeserializer.ERRORS, errors)
                    .withAttribute(SecretDeserializer.PATH, path)
                    .readValue(MAPPER.treeAsTokens(tree));
        } catch (JsonMappingException e) {
            errors.add(new ConfigError(Names.child(path, referencePath(e)), describe(e)));
            throw new ConfigException(errors);
        } catch (java.io.IOException e) {
            throw ConfigException.of(path, e.getMessage());
        } catch (IllegalArgumentException e) {
            // a record's compact constructor rejected the values
            errors.add(new ConfigError(path, e.getMessage()));
            throw new ConfigException(errors);
        }
        errors.addAll(validate(bound, path));
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return bound;
    }

    public static List<String> keysOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(component -> Names.kebab(component.getName())).toList();
    }

    // Walks nested records itself, so a plugin's nested config is validated without @Valid and
    // reported with YAML paths (by-name.a.size rather than byName[a].size).
    private static List<ConfigError> validate(Object bound, String path) {
        Set<ConfigError> found = new LinkedHashSet<>();
        validateTree(bound, path, found);
        return List.copyOf(found);
    }

    private static void validateTree(Object value, String path, Set<ConfigError> found) {
        if (value instanceof Record record) {
            for (ConstraintViolation<Object> violation : VALIDATION.getValidator().validate((Object) record)) {
                if (violation.getLeafBean() == record) {
                    found.add(new ConfigError(Names.child(path, kebabPath(violation.getPropertyPath().toString())), violation.getMessage()));
                }
            }
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    validateTree(component.getAccessor().invoke(record), Names.child(path, Names.kebab(component.getName())), found);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // An accessor we cannot call holds nothing we could validate.
                }
            }
        } else if (value instanceof java.util.Optional<?> optional) {
            optional.ifPresent(present -> validateTree(present, path, found));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                validateTree(list.get(i), Names.index(path, i), found);
            }
        } else if (value instanceof java.util.Map<?, ?> map) {
            map.forEach((key, item) -> validateTree(item, Names.child(path, String.valueOf(key)), found));
        }
    }

    private static String kebabPath(String propertyPath) {
        StringBuilder out = new StringBuilder();
        for (String part : propertyPath.split("\\.")) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            int bracket = part.indexOf('[');
            out.append(bracket < 0 ? Names.kebab(part) : Names.kebab(part.substring(0, bracket)) + part.substring(bracket).replace("<list element>", ""));
        }
        return out.toString().replace(".<list element>", "").replace(".<map value>", "");
    }

    private static String referencePath(JsonMappingException e) {
        String path = "";
        for (JsonMappingException.Reference reference : e.getPath()) {
            path = reference.getFieldName() != null ? Names.child(path, reference.getFieldName()) : Names.index(path, reference.getIndex());
        }
        return path;
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return "cannot read '" + invalid.getValue() + "' as " + typeName(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + typeName(mismatched.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList();
        }
        if (type == Duration.class) {
            return "a duration such as 30s";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    static String jsonPath(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.addFirst("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                parts.addFirst("." + at.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("aegis-config");
        module.addDeserializer(Duration.class, new DurationDeserializer());
        module.addDeserializer(Secret.class, new SecretDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description, JsonDeserializer<?> deserializer) {
                return new KebabEnumDeserializer(type.getRawClass());
            }
        });
        return mapper
                .registerModule(new Jdk8Module())
                .registerModule(module)
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
                .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, false)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
    }
}
