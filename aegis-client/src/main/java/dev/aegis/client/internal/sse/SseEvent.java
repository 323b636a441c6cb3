package dev.aegis.client.internal.sse;

/** One dispatched server-sent event: its name ({@code message} when unnamed), data and last event id. */
public record SseEvent(String event, String data, String id) {}
