package dev.aegis.plugin.embeddings.local;

import dev.aegis.api.PluginContext;

/**
 * Where the native libraries land. DJL unpacks its tokenizer library into {@code DJL_CACHE_DIR}
 * (default {@code ~/.djl.ai}, which a service account or a read-only home may not have): when the
 * operator set neither the variable nor the property, it goes under the entry's data directory, next
 * to the gateway's other files. ONNX Runtime unpacks into {@code java.io.tmpdir} (or
 * {@code onnxruntime.native.path}), which every JVM can write; that is left as it is.
 */
final class NativeLibraries {

    static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";

    private NativeLibraries() {}

    static void placeTokenizerLibrary(PluginContext context) {
        synchronized (NativeLibraries.class) {
            String env = System.getenv(DJL_CACHE_DIR);
            if ((env == null || env.isBlank()) && System.getProperty(DJL_CACHE_DIR) == null) {
                System.setProperty(DJL_CACHE_DIR, context.dataDirectory().resolve("djl").toAbsolutePath().toString());
            }
        }
    }
}
