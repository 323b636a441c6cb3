package io.opentelemetry.sdk.badfixture;

/** Fixture: stands in for an OpenTelemetry SDK type. */
public final class FakeTracerProvider {

    public void shutdown() {}
}
