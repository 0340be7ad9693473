package org.medexpro.scheduling;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An appointment as booked.
 *
 * @param clientId the client; none for a group meeting (its members are the group's)
 * @param groupId the group program a group meeting belongs to
 * @param seriesId the recurring booking it is part of
 * @param version the edit version, which each change increments
 * @param sessionLogId the session log of the appointment, once one is written (or the no-show recorded)
 */
public record Appointment(UUID id, @Nullable UUID clientId, @Nullable UUID groupId, String staffUsername,
		OffsetDateTime start, OffsetDateTime end, AppointmentKind kind, AppointmentStatus status, @Nullable UUID seriesId,
		@Nullable String note, @Nullable String cancelReason, @Nullable OffsetDateTime confirmedAt,
		@Nullable OffsetDateTime remindedAt, int version, @Nullable UUID sessionLogId) {

	public long minutes() {
		return Duration.between(start, end).toMinutes();
	}

}
