package org.medexpro.knowledge;

/** Weight borne through the legs, lowest first. */
public enum WeightBearing {
	NONE, PARTIAL, FULL
}
