package org.medexpro.sessions;

import org.jspecify.annotations.Nullable;
import org.medexpro.knowledge.SessionDecision;

/**
 * Why the gate (or an exercise response) decided as it did: the limit, what it means, what
 * was observed, what to do, and the source.
 *
 * @param limit the code of the session limit, or of the red flag the client reported
 * @param redFlag the red flag this raises, if any
 */
public record GateReason(String limit, SessionDecision decision, String description, String observed, String action,
		String source, @Nullable String redFlag) {
}
