package org.medexpro.sessions;

/**
 * The kinds of direct one-to-one service a session's minutes are recorded by; billing turns
 * them into CPT units by {@code billing/cpt-codes.yml} (97110, 97530, 97112, 97116, 97750; group
 * training 97150, one unit per session).
 */
public enum ServiceKind {

	STRENGTH_RANGE_ENDURANCE("Exercise for strength, range of motion and endurance"),
	FUNCTIONAL_ACTIVITIES("Functional activities"),
	BALANCE_NEUROMUSCULAR("Balance and neuromuscular work"),
	GAIT_STAIRS("Gait and stair training"),
	PERFORMANCE_TESTING("Physical performance testing with a written report"),
	GROUP("Group training");

	private final String label;

	ServiceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
