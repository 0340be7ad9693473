package org.medexpro.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A log not signed within 24 hours of the session's end: still unsigned, or signed late.
 *
 * @param hoursLate whole hours past the due time, until now or until it was signed
 */
public record LateLog(UUID sessionId, UUID clientId, String clientName, String author, OffsetDateTime endedAt,
		OffsetDateTime signDueBy, @Nullable OffsetDateTime signedAt, long hoursLate) {
}
