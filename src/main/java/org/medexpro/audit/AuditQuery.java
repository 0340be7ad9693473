package org.medexpro.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A filter over the trail; every part is optional. Dates are inclusive, in UTC.
 */
public record AuditQuery(@Nullable UUID clientId, @Nullable String username, @Nullable AuditAction action,
		@Nullable LocalDate from, @Nullable LocalDate to, int limit) {

	public static AuditQuery forClient(UUID clientId) {
		return new AuditQuery(clientId, null, null, null, null, 500);
	}

}
