package org.medexpro.knowledge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A joint motion an exercise asks for.
 *
 * @param maxDegrees the largest angle reached from anatomical neutral (for ADDUCTION, past
 * the midline); checked against the joint's anatomical limit
 * @param mode ACTIVE when not given
 */
public record Movement(@NotNull Joint joint, @NotNull Motion motion, @PositiveOrZero @Max(180) int maxDegrees,
		MovementMode mode) {

	public Movement {
		mode = mode == null ? MovementMode.ACTIVE : mode;
	}

}
