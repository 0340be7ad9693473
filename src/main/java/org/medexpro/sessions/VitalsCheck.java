package org.medexpro.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A pre-session check as recorded.
 *
 * @param reasons the limits met, most serious first (empty for a plain GO)
 * @param notes what the professional should keep in mind even on a GO (a beta-blocker: use RPE)
 * @param redFlagsRaised the red flags this check raised: the client is referred back to the physician
 */
public record VitalsCheck(UUID id, UUID clientId, OffsetDateTime checkedAt, String checkedBy, VitalsReadings readings,
		GateDecision decision, List<GateReason> reasons, List<String> notes, List<String> redFlagsRaised) {
}
