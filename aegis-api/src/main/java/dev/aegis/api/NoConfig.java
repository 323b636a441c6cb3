package dev.aegis.api;

/** The configuration of a plugin that takes none: any key under its {@code config} is an error. */
@API(status = API.Status.STABLE)
public record NoConfig() {}
