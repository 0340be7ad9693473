package org.medexpro.knowledge;

/** Axial and shear load on the spine, lowest first. */
public enum SpinalLoad {
	NONE, LOW, MODERATE, HIGH
}
