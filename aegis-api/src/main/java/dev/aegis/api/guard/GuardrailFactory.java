package dev.aegis.api.guard;

import dev.aegis.api.API;
import dev.aegis.api.PluginFactory;

/** Discovered factory of a {@link Guardrail}. */
@API(status = API.Status.STABLE)
public interface GuardrailFactory<C extends Record> extends PluginFactory<C, Guardrail> {}
