package org.medexpro.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What session logs say about a client's last sessions, for the criteria over pain and
 * tolerance. The session-log module provides it; until a bean exists no sessions are
 * recorded, and such criteria stay unmet (never met by default).
 */
public interface SessionEvidence {

	/** The client's last {@code count} signed session logs, newest first. */
	List<SessionSummary> lastSessions(UUID clientId, int count);

	/**
	 * @param painAfter the highest pain after training of the session (0–10), if recorded
	 * @param tolerated whether the training was tolerated
	 */
	record SessionSummary(LocalDate on, @Nullable Integer painAfter, boolean tolerated) {
	}

}
