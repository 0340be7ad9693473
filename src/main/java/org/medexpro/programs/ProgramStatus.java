package org.medexpro.programs;

/** ACTIVE while the client trains on it; COMPLETED when its last phase is done; STOPPED when ended early. */
public enum ProgramStatus {
	ACTIVE, COMPLETED, STOPPED
}
