package dev.aegis.runtime.badfixture;

import io.opentelemetry.sdk.badfixture.FakeTracerProvider;

/** Fixture: the OpenTelemetry SDK (a stand-in in its package) used outside the server. */
public final class RuntimeUsingTheOpenTelemetrySdk {

    public void stop() {
        new FakeTracerProvider().shutdown();
    }
}
