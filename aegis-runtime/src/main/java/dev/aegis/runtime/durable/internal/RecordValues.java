package dev.aegis.runtime.durable.internal;

import static dev.aegis.runtime.durable.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Records and enums of pack-defined state keys: written with their class name, read back through
 * the record's canonical constructor (so its checks run again) or the enum's constant. Only
 * records and enums are ever instantiated, whatever a stored class name says.
 */
final class RecordValues {

    private final PlainValues values;
    private final ClassLoader classes;

    RecordValues(PlainValues values, ClassLoader classes) {
        this.values = values;
        this.classes = classes;
    }

    ObjectNode write(String key, Record record) {
        ObjectNode node = PlainValues.tagged("record").put("c", record.getClass().getName());
        ObjectNode components = node.putObject("v");
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            components.set(component.getName(), values.write(key, component(key, record, component)));
        }
        return node;
    }

    private static Object component(String key, Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new IllegalStateException("state key '" + key + "': cannot read component '" + component.getName()
                    + "' of record " + record.getClass().getName(), e);
        }
    }

    Object read(String key, JsonNode node) {
        Class<?> type = load(key, text(node, "c"));
        if (!type.isRecord()) {
            throw Json.corrupt("state key '" + key + "' names " + type.getName() + " as a record, which it is not");
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        JsonNode stored = Json.field(node, "v");
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            arguments[i] = values.read(key, Json.field(stored, components[i].getName()));
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("state key '" + key + "': cannot restore record " + type.getName()
                    + " (did its components change since the run paused?)", e);
        }
    }

    Object readEnum(String key, String className, String constant) {
        Class<?> type = load(key, className);
        if (!type.isEnum()) {
            throw Json.corrupt("state key '" + key + "' names " + type.getName() + " as an enum, which it is not");
        }
        for (Object value : type.getEnumConstants()) {
            if (((Enum<?>) value).name().equals(constant)) {
                return value;
            }
        }
        throw new IllegalStateException("state key '" + key + "': enum " + type.getName() + " has no constant " + constant);
    }

    private Class<?> load(String key, String className) {
        try {
            return Class.forName(className, false, classes);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("state key '" + key + "' holds a " + className
                    + ", which this process cannot load (is its plugin installed, and visible to the durable store's class loader?)", e);
        }
    }
}
