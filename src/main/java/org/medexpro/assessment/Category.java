package org.medexpro.assessment;

/**
 * The client's category (meti-practice 5.3): the 365-day line since onset, injury or
 * surgery decides between Post Rehab and Medical Exercise.
 */
public enum Category {

	/** Onset, injury or surgery within 365 days: a physician referral is required, otherwise clearance. */
	POST_REHAB("Post Rehab"),
	/** Over 365 days: clearance only when red flags appear. */
	MEDICAL_EXERCISE("Medical Exercise"),
	/** No medical condition: posture and movement. */
	CORRECTIVE_EXERCISE("Corrective Exercise"),
	/** Rehabilitation finished; the goal is to keep function and independence. */
	FUNCTIONAL_MAINTENANCE("Functional Maintenance");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
