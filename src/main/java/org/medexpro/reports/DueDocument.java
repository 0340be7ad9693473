package org.medexpro.reports;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A document the practice owes: which, for which client, by when, and why.
 *
 * @param kind the document kind, or {@code null} for the intake (MET-Q)
 * @param documentId the document signed and waiting to be sent, or else the draft already started, if any
 * @param waitingToBeSent the document is signed but has not gone to the physician yet: the deadline
 * is met only when it is sent
 */
public record DueDocument(UUID clientId, String clientName, @Nullable DocumentKind kind, String label,
		OffsetDateTime dueAt, boolean overdue, String why, @Nullable UUID documentId, boolean waitingToBeSent) {
}
