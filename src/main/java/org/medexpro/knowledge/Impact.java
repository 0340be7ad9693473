package org.medexpro.knowledge;

/** Impact at landing or foot strike, lowest first. */
public enum Impact {
	NONE, LOW, HIGH
}
