package org.medexpro.assessment;

import java.util.UUID;

/**
 * A condition was added to a client after the intake (a new diagnosis), published inside the
 * transaction that adds it, before any hold it brings.
 */
public record ConditionAdded(UUID clientId, ClientCondition condition) {
}
