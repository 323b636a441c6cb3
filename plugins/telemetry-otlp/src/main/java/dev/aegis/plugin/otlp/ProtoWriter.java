package dev.aegis.plugin.otlp;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The protobuf wire format, as much of it as OTLP needs: varints, fixed64, doubles, strings,
 * bytes, packed repeated fixed64 and doubles, and nested messages (each encoded on its own, then
 * written with its length).
 */
final class ProtoWriter {

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;

    // A plain growable array: ByteArrayOutputStream synchronizes every write, and most of these
    // writers hold one small KeyValue; they start small and are copied once, into their parent.
    private byte[] buffer = new byte[32];
    private int size;

    ProtoWriter varint(int field, long value) {
        tag(field, VARINT);
        rawVarint(value);
        return this;
    }

    ProtoWriter bool(int field, boolean value) {
        return varint(field, value ? 1 : 0);
    }

    ProtoWriter fixed64(int field, long value) {
        tag(field, FIXED64);
        rawFixed64(value);
        return this;
    }

    ProtoWriter doubleValue(int field, double value) {
        return fixed64(field, Double.doubleToRawLongBits(value));
    }

    ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A string field left out when empty, as proto3 leaves out defaults. */
    ProtoWriter optionalString(int field, String value) {
        return value.isEmpty() ? this : string(field, value);
    }

    ProtoWriter bytes(int field, byte[] value) {
        return bytes(field, value, value.length);
    }

    ProtoWriter message(int field, ProtoWriter message) {
        return bytes(field, message.buffer, message.size);
    }

    private ProtoWriter bytes(int field, byte[] value, int length) {
        tag(field, LENGTH_DELIMITED);
        rawVarint(length);
        ensure(length);
        System.arraycopy(value, 0, buffer, size, length);
        size += length;
        return this;
    }

    ProtoWriter packedFixed64(int field, List<Long> values) {
        tag(field, LENGTH_DELIMITED);
        rawVarint(8L * values.size());
        values.forEach(this::rawFixed64);
        return this;
    }

    ProtoWriter packedDoubles(int field, List<Double> values) {
        tag(field, LENGTH_DELIMITED);
        rawVarint(8L * values.size());
        values.forEach(value -> rawFixed64(Double.doubleToRawLongBits(value)));
        return this;
    }

    /**
     * A {@code KeyValue} message with a scalar value (string, boolean, integer, double), written
     * straight into this message: the sizes are computed, no nested writer is made. Lists go through
     * {@code fallback}.
     */
    ProtoWriter keyValue(int field, String key, Object value, java.util.function.Supplier<ProtoWriter> fallback) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        byte[] text = null;
        int anyLength;
        switch (value) {
            case String string -> {
                text = string.getBytes(StandardCharsets.UTF_8);
                anyLength = 1 + varintSize(text.length) + text.length;
            }
            case Boolean flag -> anyLength = 2;
            case Long number -> anyLength = 1 + varintSize(number);
            case Double number -> anyLength = 9;
            default -> {
                ProtoWriter nested = new ProtoWriter().bytes(1, keyBytes).message(2, fallback.get());
                return message(field, nested);
            }
        }
        int keyValueLength = 1 + varintSize(keyBytes.length) + keyBytes.length + 1 + varintSize(anyLength) + anyLength;
        tag(field, LENGTH_DELIMITED);
        rawVarint(keyValueLength);
        bytes(1, keyBytes, keyBytes.length);
        tag(2, LENGTH_DELIMITED);
        rawVarint(anyLength);
        switch (value) {
            case String string -> bytes(1, text, text.length);
            case Boolean flag -> varint(2, flag ? 1 : 0);
            case Long number -> varint(3, number);
            case Double number -> doubleValue(4, number);
            default -> throw new IllegalStateException("unreachable");
        }
        return this;
    }

    private static int varintSize(long value) {
        return value < 0 ? 10 : Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
    }

    byte[] toByteArray() {
        return java.util.Arrays.copyOf(buffer, size);
    }

    private void tag(int field, int wireType) {
        rawVarint(((long) field << 3) | wireType);
    }

    private void rawVarint(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        buffer[size++] = (byte) rest;
    }

    private void rawFixed64(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buffer[size++] = (byte) (value >>> (8 * i));
        }
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
