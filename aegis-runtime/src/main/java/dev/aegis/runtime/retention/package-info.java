/**
 * Retention: what the state store keeps only for a while (decided approvals, quarantined tool
 * definitions nobody approved, run documents) is removed in bounded batches, and the audit log's
 * oldest entries are archived into verified segments, by one gateway at a time.
 */
package dev.aegis.runtime.retention;
