package org.medexpro.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A group program as the practice runs it.
 *
 * @param sessions how many meetings the course has
 * @param leader the exercise professional who leads the meetings, when they are on the calendar
 * @param exercises the exercise codes the group does, which each client's eligibility is checked against
 */
public record GroupProgram(UUID id, String name, String conditionCode, String conditionName, int capacity,
		LocalDate startsOn, int sessions, @Nullable String leader, List<DayOfWeek> days, @Nullable LocalTime time,
		@Nullable Integer minutes, List<String> exercises, @Nullable String description, int enrolled, int waitlisted,
		int version) {

	public int placesLeft() {
		return Math.max(0, capacity - enrolled);
	}

}
