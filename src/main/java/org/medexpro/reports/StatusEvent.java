package org.medexpro.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something the client's physician hears of in a change-in-status letter, other than a change of
 * the client's status: a hospital stay, a new diagnosis.
 *
 * @param occurredOn the day of admission, or of the diagnosis being recorded
 * @param endedOn the day the client left hospital, when known
 * @param description what the letter says happened
 */
public record StatusEvent(UUID id, UUID clientId, Kind kind, LocalDate occurredOn, @Nullable LocalDate endedOn,
		String description, OffsetDateTime recordedAt, String recordedBy) {

	public enum Kind {
		HOSPITAL_STAY, NEW_DIAGNOSIS
	}

}
