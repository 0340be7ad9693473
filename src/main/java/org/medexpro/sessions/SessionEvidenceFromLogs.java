package org.medexpro.sessions;

import java.util.List;
import java.util.UUID;

import org.medexpro.programs.SessionEvidence;
import org.springframework.stereotype.Component;

/** What the progression criteria read from session logs: only signed logs of sessions attended count. */
@Component
class SessionEvidenceFromLogs implements SessionEvidence {

	private final SessionLogService sessions;

	SessionEvidenceFromLogs(SessionLogService sessions) {
		this.sessions = sessions;
	}

	@Override
	public List<SessionSummary> lastSessions(UUID clientId, int count) {
		return sessions.lastSigned(clientId, count).stream()
			.map(p -> new SessionSummary(p.on(), p.painAfter(), p.tolerated()))
			.toList();
	}

}
