package org.medexpro.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, for the rules that depend on it (the care team, break-glass).
 */
public final class CurrentStaff {

	private CurrentStaff() {
	}

	/** The signed-in staff member's username, or {@code system} outside a request. */
	public static String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	public static boolean has(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (role.authority().equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
