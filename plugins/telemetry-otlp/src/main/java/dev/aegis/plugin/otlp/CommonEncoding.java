package dev.aegis.plugin.otlp;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** OTLP's common messages: {@code KeyValue}, {@code AnyValue}, {@code Resource}, {@code InstrumentationScope}. */
final class CommonEncoding {

    private CommonEncoding() {}

    /** Writes each attribute as a repeated {@code KeyValue} field. */
    static void attributes(ProtoWriter message, int field, Map<String, Object> attributes) {
        attributes.forEach((key, value) -> message.keyValue(field, key, value, () -> anyValue(value)));
    }

    /** {@code Resource { repeated KeyValue attributes = 1; }} */
    static ProtoWriter resource(Map<String, Object> attributes) {
        ProtoWriter resource = new ProtoWriter();
        attributes(resource, 1, attributes);
        return resource;
    }

    /** {@code InstrumentationScope { string name = 1; }} */
    static ProtoWriter scope(String name) {
        return new ProtoWriter().optionalString(1, name);
    }

    static byte[] hex(String id) {
        return HexFormat.of().parseHex(id);
    }

    // AnyValue is a oneof: its field is written even when it holds a default value.
    private static ProtoWriter anyValue(Object value) {
        ProtoWriter any = new ProtoWriter();
        switch (value) {
            case String text -> any.string(1, text);
            case Boolean flag -> any.bool(2, flag);
            case Long number -> any.varint(3, number);
            case Double number -> any.doubleValue(4, number);
            case List<?> list -> {
                ProtoWriter array = new ProtoWriter();
                list.forEach(element -> array.message(1, anyValue(element)));
                any.message(5, array);
            }
            default -> any.string(1, String.valueOf(value));
        }
        return any;
    }
}
