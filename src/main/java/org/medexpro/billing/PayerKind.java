package org.medexpro.billing;

/** Who pays (clinical-facts 5.8-5.10). */
public enum PayerKind {

	SELF_PAY("Self-pay (the client)"), WORKERS_COMP("Workers' compensation"), AUTO("Auto insurance (no-fault, PIP, MedPay)"),
	COMMERCIAL("Commercial insurer");

	private final String label;

	PayerKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
