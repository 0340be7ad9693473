package org.medexpro.knowledge;

/** When a session limit is checked: the resting readings BEFORE, the exercise response DURING. */
public enum SessionStage {
	BEFORE, DURING
}
