package org.medexpro.knowledge;

/** The kind of training an exercise is. */
public enum ExerciseCategory {
	MOBILITY, STRENGTH, BALANCE, GAIT, AEROBIC, FUNCTIONAL, BREATHING
}
