package org.medexpro.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, for the rules that depend on it (the care team, break-glass).
 */
public final class CurrentStaff {

	/** The authentication details of a request signed in with a personal API token. */
	public static final String API_TOKEN = "api-token";

	private CurrentStaff() {
	}

	/** Whether the current request signed in with a personal API token (not a password). */
	public static boolean viaApiToken() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && API_TOKEN.equals(authentication.getDetails());
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
