package org.medexpro.groups;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.scheduling.Appointment;
import org.medexpro.sessions.Attendance;

/**
 * A meeting of a group, with its log once taken.
 *
 * @param number the meeting's number in the course (1 is the first)
 * @param attendance each client's attendance and session log, once logged
 */
public record GroupMeeting(Appointment appointment, int number, @Nullable String topic, @Nullable OffsetDateTime loggedAt,
		@Nullable OffsetDateTime signedAt, List<Attendee> attendance) {

	public record Attendee(UUID clientId, Attendance attendance, UUID sessionLogId) {
	}

	public boolean logged() {
		return loggedAt != null;
	}

	public long attended() {
		return attendance.stream().filter(a -> a.attendance() == Attendance.ATTENDED).count();
	}

}
