package org.medexpro.knowledge;

/** A joint or spinal region of the demand vocabulary (API.md). */
public enum Joint {
	CERVICAL, THORACIC, LUMBAR, SHOULDER, ELBOW, WRIST, HIP, KNEE, ANKLE
}
