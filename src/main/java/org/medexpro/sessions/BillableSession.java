package org.medexpro.sessions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A session log as billing sees it: when, by whom, whether the client came, whether it is
 * signed, and its minutes by kind of service; no clinical detail.
 *
 * @param serviceDate the date of service, in the practice's time zone
 */
public record BillableSession(UUID id, UUID clientId, LocalDate serviceDate, OffsetDateTime startedAt, String author,
		Attendance attendance, boolean signed, Map<ServiceKind, Integer> minutes) {
}
