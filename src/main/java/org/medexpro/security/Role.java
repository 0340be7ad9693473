package org.medexpro.security;

/**
 * The staff roles of API.md. A staff member may hold several.
 */
public enum Role {

	/** Runs the practice: everything, including staff, audit and every client. */
	OWNER,
	/** The exercise professional: client care, for the clients on their care team. */
	TRAINER,
	/** Clients' contact data and scheduling; no clinical detail. */
	FRONT_DESK,
	/** Billing; no clinical detail beyond codes. */
	BILLING;

	/** The role as people read it: “Front desk”. */
	public String label() {
		String words = name().replace('_', ' ').toLowerCase();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
