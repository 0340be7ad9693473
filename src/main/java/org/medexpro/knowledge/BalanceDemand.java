package org.medexpro.knowledge;

/** How hard an exercise challenges balance, lowest first. */
public enum BalanceDemand {
	LOW, MODERATE, HIGH
}
