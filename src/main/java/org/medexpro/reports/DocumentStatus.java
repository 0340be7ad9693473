package org.medexpro.reports;

/** A DRAFT is edited by the exercise professional; a SIGNED document never changes and may be sent. */
public enum DocumentStatus {
	DRAFT, SIGNED
}
