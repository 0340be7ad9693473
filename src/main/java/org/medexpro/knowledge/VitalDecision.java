package org.medexpro.knowledge;

/** What a reading outside a limit means for today: HOLD (act and re-check) or STOP (no training today). */
public enum VitalDecision {

	HOLD, STOP

}
