package org.medexpro.knowledge;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/**
 * A condition on the latest recorded value of a measure: below a value, or at least one.
 */
public record MeasureThreshold(@NotBlank String code, @Nullable Double below, @Nullable Double atLeast) {

	@AssertTrue(message = "must give exactly one of below and atLeast")
	public boolean isOneSided() {
		return (below == null) != (atLeast == null);
	}

	public boolean holds(double value) {
		return below != null ? value < below : atLeast != null && value >= atLeast;
	}

	public String describe() {
		return below != null ? code + " below " + below : code + " at least " + atLeast;
	}

}
