package org.medexpro.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A session log to save (a new draft, or the draft again as it is typed).
 *
 * @param preVitals the pre-session readings, checked by the gate as the log is saved; or give
 * {@code vitalsCheckId} of a check made before (POST /clients/{id}/vitals-checks)
 * @param vitalsAfter the readings after the session, where taken
 * @param minutes direct one-to-one minutes by kind of service
 * @param version for a saved draft, the version it was edited from
 */
public record SessionRequest(
		@NotNull OffsetDateTime startedAt,
		@NotNull OffsetDateTime endedAt,
		@Nullable Attendance attendance,
		@Nullable @Valid VitalsReadings preVitals,
		@Nullable UUID vitalsCheckId,
		@Nullable @Size(max = 40) List<@Valid @NotNull EntryData> entries,
		@Nullable @Valid ExerciseVitals vitalsAfter,
		@Nullable Map<ServiceKind, @NotNull @Min(0) @Max(480) Integer> minutes,
		@Nullable @Size(max = 4000) String notes,
		@Nullable Integer version) {

	public SessionRequest {
		attendance = attendance == null ? Attendance.ATTENDED : attendance;
		entries = entries == null ? List.of() : List.copyOf(entries);
		vitalsAfter = vitalsAfter == null ? ExerciseVitals.NONE : vitalsAfter;
		minutes = minutes == null ? Map.of() : Map.copyOf(minutes);
	}

}
