package org.medexpro.knowledge;

/**
 * EXCLUDE: never offered. CAUTION: offered, but enters a program or a session only with
 * the professional's recorded acknowledgement (clinical-facts 1.19).
 */
public enum RuleLevel {
	EXCLUDE, CAUTION
}
