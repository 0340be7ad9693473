package org.medexpro.knowledge;

/** A motion of the demand vocabulary (API.md); ADDUCTION is measured past the midline. */
public enum Motion {
	FLEXION, EXTENSION, ABDUCTION, ADDUCTION, INTERNAL_ROTATION, EXTERNAL_ROTATION, ROTATION, LATERAL_FLEXION
}
