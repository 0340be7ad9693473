package org.medexpro.clients;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An emergency access outside the care team: who, to whose record, why, and until when.
 */
public record BreakGlassGrant(UUID id, UUID clientId, String clientName, String username, String reason,
		OffsetDateTime grantedAt, OffsetDateTime expiresAt) {
}
