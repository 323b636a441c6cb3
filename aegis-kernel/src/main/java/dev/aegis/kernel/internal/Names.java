package dev.aegis.kernel.internal;

/** The kebab-case spelling of record components, the way configuration spells them. */
public final class Names {

    private Names() {}

    public static String kebab(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static boolean isKebab(String name) {
        return name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    }

    /** Appends a key to a YAML path. */
    public static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
