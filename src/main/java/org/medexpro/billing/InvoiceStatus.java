package org.medexpro.billing;

/** OPEN until paid in full; VOID when withdrawn (its sessions can be invoiced again). */
public enum InvoiceStatus {

	OPEN("Open"), PAID("Paid"), VOID("Void");

	private final String label;

	InvoiceStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
