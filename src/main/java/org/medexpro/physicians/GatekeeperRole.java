package org.medexpro.physicians;

/** Who at a physician's practice decides whether a letter reaches the physician. */
public enum GatekeeperRole {

	OFFICE_MANAGER("office manager"), NURSE("nurse"), REFERRAL_COORDINATOR("referral coordinator"), OTHER("other");

	private final String label;

	GatekeeperRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
