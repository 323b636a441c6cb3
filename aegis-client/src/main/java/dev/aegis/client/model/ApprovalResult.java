package dev.aegis.client.model;

/**
 * What approving a paused run answers: the {@link Run} it resumed into, or the {@link Approval} still
 * pending when the request needs more distinct approvers than have approved it.
 */
public sealed interface ApprovalResult permits Run, Approval {}
