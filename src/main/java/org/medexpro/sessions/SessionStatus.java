package org.medexpro.sessions;

/** A DRAFT is edited freely by its author; a SIGNED log never changes, it takes addenda. */
public enum SessionStatus {
	DRAFT, SIGNED
}
