package org.medexpro.knowledge;

/**
 * How soon the physician must hear of a red flag (clinical-facts 2.1, a design proposal
 * built from the sources): EMERGENCY (stop, call emergency services), URGENT (no exercise,
 * same-day contact), REFER (letter before the next session, clearance required).
 */
public enum RedFlagLevel {

	EMERGENCY, URGENT, REFER

}
