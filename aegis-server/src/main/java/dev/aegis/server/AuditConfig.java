package dev.aegis.server;

/**
 * The {@code audit} section of {@code aegis.yaml}.
 *
 * @param enabled record every run's events in the hash-chained audit log before the request is
 *     acknowledged (default); when the log cannot be written, the request fails with 503 rather than
 *     go unrecorded
 */
public record AuditConfig(Boolean enabled) {

    public static final AuditConfig DEFAULTS = new AuditConfig(null);

    public AuditConfig {
        enabled = enabled == null || enabled;
    }
}
