package org.medexpro.sessions;

/**
 * The kinds of direct one-to-one service a session's minutes are recorded by; billing turns
 * them into CPT units (97110, 97530, 97112, 97150).
 */
public enum ServiceKind {

	STRENGTH_RANGE_ENDURANCE("Exercise for strength, range of motion and endurance"),
	FUNCTIONAL_ACTIVITIES("Functional activities"),
	BALANCE_NEUROMUSCULAR("Balance and neuromuscular work"),
	GROUP("Group training");

	private final String label;

	ServiceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
