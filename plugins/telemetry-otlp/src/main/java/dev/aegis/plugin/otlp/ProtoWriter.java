package dev.aegis.plugin.otlp;

import java.io.ByteArrayOutputStream;
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

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

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
        tag(field, LENGTH_DELIMITED);
        rawVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    ProtoWriter message(int field, ProtoWriter message) {
        return bytes(field, message.toByteArray());
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

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void tag(int field, int wireType) {
        rawVarint(((long) field << 3) | wireType);
    }

    private void rawVarint(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private void rawFixed64(long value) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }
}
