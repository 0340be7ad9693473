package org.medexpro.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A red flag raised for a client: what was observed, how urgent, and whether a clearance
 * has resolved it.
 *
 * @param origin where it was raised: INTAKE, VITALS, SESSION or MANUAL
 */
public record RedFlag(UUID id, String code, String description, String level, String origin,
		@Nullable String observed, OffsetDateTime raisedAt, String raisedBy, @Nullable OffsetDateTime resolvedAt) {

	public boolean open() {
		return resolvedAt == null;
	}

}
