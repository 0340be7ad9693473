package org.medexpro.clients;

import java.time.OffsetDateTime;

/** A trainer on a client's care team. */
public record CareTeamMember(String username, OffsetDateTime addedAt, String addedBy) {
}
