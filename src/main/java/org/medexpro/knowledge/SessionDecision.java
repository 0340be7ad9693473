package org.medexpro.knowledge;

/**
 * What a session limit means: HOLD (not yet: act and re-check the same visit), STOP (no
 * training today, or stop the session), ADJUST (go on with less load or range, and do not
 * progress).
 */
public enum SessionDecision {
	HOLD, STOP, ADJUST
}
