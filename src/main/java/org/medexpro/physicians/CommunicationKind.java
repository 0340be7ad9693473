package org.medexpro.physicians;

/** What a communication with a physician's office was. */
public enum CommunicationKind {

	INTRODUCTORY_LETTER("introductory letter"), ASSESSMENT_SUMMARY("assessment summary"),
	PROGRESS_REPORT("30-day progress report"), CHANGE_IN_STATUS("change-in-status letter"),
	DISCHARGE_SUMMARY("discharge summary"), REFERRAL_LETTER("referral-back letter"),
	THANK_YOU_LETTER("thank-you letter"), LETTER("letter"), CALL("call"), VISIT("visit");

	private final String label;

	CommunicationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
