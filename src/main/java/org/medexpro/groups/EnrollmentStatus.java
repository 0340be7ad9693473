package org.medexpro.groups;

/** A client's place in a group: enrolled, waiting for a place, or withdrawn. */
public enum EnrollmentStatus {

	ENROLLED("Enrolled"), WAITLISTED("On the waitlist"), WITHDRAWN("Withdrawn");

	private final String label;

	EnrollmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
