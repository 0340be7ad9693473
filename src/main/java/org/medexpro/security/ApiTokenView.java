package org.medexpro.security;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A personal API token as listed: never the token itself, which is shown once at creation.
 *
 * @param token the secret, present only in the answer that creates it
 */
public record ApiTokenView(UUID id, String username, String name, OffsetDateTime createdAt,
		OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt,
		@Nullable String token) {

	public boolean active(OffsetDateTime now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

}
