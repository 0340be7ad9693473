package org.medexpro.clients;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One step of a client's status history. */
public record StatusChange(@Nullable ClientStatus from, ClientStatus to, @Nullable String reason,
		OffsetDateTime changedAt, String changedBy) {
}
