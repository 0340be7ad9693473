package org.medexpro.audit;

/**
 * What was done. Reads and writes of client health information, and the security events
 * HIPAA asks a practice to be able to examine.
 */
public enum AuditAction {

	/** A record was opened. */
	READ,
	/** A record appeared in a search result or list. */
	SEARCH,
	CREATE,
	UPDATE,
	/** A trainer opened a client outside their care team, giving a reason. */
	BREAK_GLASS,
	/** A session log was signed: from now on it only takes addenda. */
	SIGN,
	/** A user asked for a record their role or care team does not allow. */
	ACCESS_DENIED,
	LOGIN,
	LOGIN_FAILED,
	/** A staff account, role or API token changed. */
	SECURITY_CHANGE

}
