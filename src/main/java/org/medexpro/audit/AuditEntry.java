package org.medexpro.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the trail, as the OWNER reads it.
 *
 * @param seq position in the chain, from 1
 * @param source where the access came from: PAGE, API or SYSTEM
 */
public record AuditEntry(long seq, OffsetDateTime at, String username, AuditAction action,
		@Nullable String entity, @Nullable String entityId, @Nullable UUID clientId, String source,
		@Nullable String detail) {
}
