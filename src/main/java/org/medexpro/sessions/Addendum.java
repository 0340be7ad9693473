package org.medexpro.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A dated correction or late entry to a signed log, by a named staff member. */
public record Addendum(UUID id, UUID sessionId, String text, OffsetDateTime writtenAt, String writtenBy) {
}
