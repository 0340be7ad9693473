package org.medexpro.scheduling;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An appointment to book (API.md {@code POST /appointments}), once or as a weekly series.
 *
 * @param repeat on these days of the week, at the start's time of day, for this many weeks
 * (the first week is the start's); without it, one appointment
 */
public record AppointmentRequest(@NotNull UUID clientId, @NotBlank @Size(max = 100) String staffUsername,
		@NotNull OffsetDateTime start, @NotNull OffsetDateTime end, @NotNull AppointmentKind kind,
		@Nullable @Size(max = 500) String note, @Nullable @Valid Repeat repeat) {

	public record Repeat(@NotEmpty Set<@NotNull DayOfWeek> days, @NotNull @Min(1) @Max(52) Integer weeks) {
	}

}
