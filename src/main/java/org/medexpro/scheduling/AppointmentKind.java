package org.medexpro.scheduling;

/** What an appointment is for. Training (one-to-one, group) waits for a clearance; an assessment does not. */
public enum AppointmentKind {

	ASSESSMENT("Assessment", false), ONE_TO_ONE("One-to-one training", true), GROUP("Group session", true),
	RE_ASSESSMENT("Re-assessment", false);

	private final String label;

	private final boolean training;

	AppointmentKind(String label, boolean training) {
		this.label = label;
		this.training = training;
	}

	public String label() {
		return label;
	}

	public boolean training() {
		return training;
	}

}
