package org.medexpro.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A session log was saved (opened or saved again as a draft), published in the saving
 * transaction: the calendar marks the client's appointment of that time as attended, a
 * no-show or cancelled, and links it to the log.
 */
public record SessionLogSaved(UUID sessionId, UUID clientId, String author, OffsetDateTime startedAt, OffsetDateTime endedAt,
		Attendance attendance) {
}
