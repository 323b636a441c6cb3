package dev.aegis.kernel.discovery;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every plugin directory's class loader: it shows a plugin the JDK and the public
 * contracts (plus the annotation APIs config records use), and nothing else of the gateway, so a
 * plugin cannot reach past the contracts and brings its own versions of everything else.
 */
final class ApiOnlyClassLoader extends ClassLoader {

    private static final List<String> SHARED_PACKAGES = List.of(
            "dev.aegis.api.", "jakarta.validation.", "io.opentelemetry.api.", "io.opentelemetry.context.", "org.jspecify.");

    private final ClassLoader gateway;

    ApiOnlyClassLoader(ClassLoader gateway) {
        super("aegis-api-only", ClassLoader.getPlatformClassLoader());
        this.gateway = gateway;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return gateway.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        // Service files of the gateway's own classpath must not leak into a plugin's discovery.
        return name.startsWith("META-INF/services/") ? Collections.emptyEnumeration() : getParent().getResources(name);
    }

    static boolean isShared(String className) {
        for (String prefix : SHARED_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
