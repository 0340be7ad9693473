package org.medexpro.sessions;

/** How the client tolerated an exercise: POOR means it was not tolerated. */
public enum Tolerance {
	GOOD, FAIR, POOR
}
