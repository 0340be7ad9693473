package org.medexpro.sessions;

/** The safety gate's answer: GO (train), HOLD (not yet: act and re-check the same visit), STOP (no training today). */
public enum GateDecision {
	GO, HOLD, STOP
}
