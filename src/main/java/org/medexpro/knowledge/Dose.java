package org.medexpro.knowledge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * A starting dose: sets of repetitions, or minutes; a hold in seconds where it matters.
 * Intensity comes from the protocol phase as an RPE range (Borg 6–20).
 */
public record Dose(@Min(1) @Max(10) int sets, @Nullable @Positive @Max(100) Integer reps,
		@Nullable @Positive @Max(120) Integer minutes, @Nullable @Positive @Max(300) Integer holdSeconds) {
}
