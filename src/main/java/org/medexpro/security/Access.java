package org.medexpro.security;

/**
 * The role expressions every handler uses in {@code @PreAuthorize}, so that who may do
 * what reads the same everywhere and is changed in one place.
 */
public final class Access {

	/** Any signed-in staff member. */
	public static final String STAFF = "hasAnyRole('OWNER','TRAINER','FRONT_DESK','BILLING')";

	/** Staff who see clients' contact data (everyone; clinical detail is narrower). */
	public static final String CLIENT_CONTACT = STAFF;

	/** Staff who register clients and edit their contact data. */
	public static final String CLIENT_REGISTRATION = "hasAnyRole('OWNER','TRAINER','FRONT_DESK')";

	/** Staff who see clinical detail, subject to the care team. */
	public static final String CLINICAL = "hasAnyRole('OWNER','TRAINER')";

	/** Staff who keep the calendar: book, move, cancel, check in. */
	public static final String SCHEDULING = "hasAnyRole('OWNER','TRAINER','FRONT_DESK')";

	/** Staff who handle money: invoices, payments, payers, claims (no clinical detail beyond codes). */
	public static final String BILLING = "hasAnyRole('OWNER','BILLING')";

	/** Only the owner: staff, audit, care-team assignment. */
	public static final String OWNER = "hasRole('OWNER')";

	private Access() {
	}

}
