package org.medexpro.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A group program to start (API.md {@code POST /group-programs}); with a leader, days and
 * a time, its meetings are booked on the calendar from {@code startsOn}, {@code sessions} of them.
 */
public record GroupProgramRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String conditionCode,
		@NotNull @Min(1) @Max(100) Integer capacity, @NotNull LocalDate startsOn, @NotNull @Min(1) @Max(104) Integer sessions,
		@Nullable @Size(max = 100) String leader, @Nullable Set<@NotNull DayOfWeek> days, @Nullable LocalTime time,
		@Nullable @Min(15) @Max(240) Integer minutes, @Nullable @Size(max = 40) List<@NotBlank String> exercises,
		@Nullable @Size(max = 2000) String description) {
}
