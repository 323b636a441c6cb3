package dev.aegis.client.internal.json;

/** The one mapping between Java component names and JSON field names: {@code runId} ↔ {@code run_id}. */
public final class Names {

    private Names() {}

    public static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
