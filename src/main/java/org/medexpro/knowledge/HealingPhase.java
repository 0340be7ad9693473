package org.medexpro.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

/** A phase of healing with its minimum typical weeks (time alone never advances a client). */
public record HealingPhase(@NotBlank String name, @PositiveOrZero int fromWeek, @Nullable Integer toWeek,
		@NotBlank String focus) {
}
