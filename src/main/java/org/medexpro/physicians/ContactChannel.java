package org.medexpro.physicians;

/** How something reaches a physician's office, or how the office likes to be reached. */
public enum ContactChannel {

	EMAIL("e-mail"), FAX("fax"), PHONE("phone"), MAIL("post"), HAND("by hand"), IN_PERSON("in person");

	private final String label;

	ContactChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
