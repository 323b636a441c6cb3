package dev.aegis.api.auth;

import dev.aegis.api.API;
import dev.aegis.api.PluginFactory;

/** Discovered factory of an {@link Authenticator}. */
@API(status = API.Status.STABLE)
public interface AuthenticatorFactory<C extends Record> extends PluginFactory<C, Authenticator> {}
