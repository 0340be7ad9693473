package org.medexpro.security;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A staff account as other modules and the API see it (never its password hash).
 */
public record StaffMember(String username, String displayName, Set<Role> roles, boolean enabled,
		OffsetDateTime createdAt) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
