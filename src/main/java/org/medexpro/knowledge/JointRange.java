package org.medexpro.knowledge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The anatomical limit of a joint motion: an exercise asking for more is refused. */
public record JointRange(@NotNull Joint joint, @NotNull Motion motion, @Positive @Max(180) int maxDegrees,
		@NotBlank String source) {
}
