package org.medexpro.sessions;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A draft of the signed-in trainer with the time left to sign it (negative when late). */
public record UnsignedLog(UUID sessionId, UUID clientId, String clientName, OffsetDateTime endedAt,
		OffsetDateTime signDueBy, Duration timeLeft) {

	public boolean late() {
		return timeLeft.isNegative();
	}

	/** “5 h 20 min left” or “3 h late”. */
	public String describeTimeLeft() {
		Duration d = timeLeft.abs();
		String amount = d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
		return late() ? amount + " late" : amount + " left";
	}

}
