package org.medexpro.clients;

/** Sex as recorded for norms (e.g. chair-stand norms differ by sex) and FHIR gender. */
public enum Sex {

	FEMALE, MALE, OTHER, UNKNOWN

}
