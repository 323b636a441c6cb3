package dev.aegis.server;

import jakarta.validation.constraints.Pattern;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The {@code audit} section of {@code aegis.yaml}.
 *
 * @param enabled record every run in the hash-chained audit log before the request is
 *     acknowledged (default); when the log cannot be written, the request fails with 503 rather than
 *     go unrecorded
 * @param chain this gateway's own hash chain in the log (default: the host name). Gateways sharing
 *     one state store should each have their own, so their writers never wait on one another; two
 *     on one chain still chain correctly, one after the other
 */
public record AuditConfig(Boolean enabled, @Pattern(regexp = "[A-Za-z0-9._:-]{1,200}", message = "must be 1 to 200 letters, digits or . _ : -") String chain) {

    public static final AuditConfig DEFAULTS = new AuditConfig(null, null);

    public AuditConfig {
        enabled = enabled == null || enabled;
        chain = chain == null ? hostName() : chain;
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._:-]", "-");
            return name.isEmpty() ? "local" : name.substring(0, Math.min(200, name.length()));
        } catch (UnknownHostException e) {
            return "local";
        }
    }
}
