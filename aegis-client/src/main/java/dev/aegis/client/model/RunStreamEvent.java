package dev.aegis.client.model;

/**
 * What a streamed run yields, in order: the run's events as they are recorded ({@link RunEvent}), the
 * released output in fragments ({@link Delta}), and last the finished run ({@link Run}).
 */
public sealed interface RunStreamEvent permits RunEvent, Delta, Run {}
