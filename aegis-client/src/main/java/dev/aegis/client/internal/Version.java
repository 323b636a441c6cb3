package dev.aegis.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The client's version, which is the gateway's: the build writes it into {@code aegis-client.properties}. */
public final class Version {

    private Version() {}

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/aegis/client/aegis-client.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
