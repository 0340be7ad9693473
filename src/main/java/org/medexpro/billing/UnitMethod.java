package org.medexpro.billing;

/**
 * How a payer turns timed minutes into units (clinical-facts 5.3).
 */
public enum UnitMethod {

	/** The CMS 8-minute rule: the day's timed minutes together give the units, then they are shared out. */
	CMS("CMS 8-minute rule (total timed minutes)"),

	/** The AMA rule of eights: each code on its own minutes, a unit from 8 minutes of that code. */
	AMA("AMA rule of eights (each code on its own)");

	private final String label;

	UnitMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
