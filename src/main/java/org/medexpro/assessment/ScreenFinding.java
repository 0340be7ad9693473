package org.medexpro.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One point of a screen: NORMAL, LIMITED or PAINFUL, with the side, the range reached
 * (degrees) or the strength (0-5) where measured, and notes.
 */
public record ScreenFinding(
		@NotBlank @Size(max = 60) String point,
		@NotNull Result result,
		@Nullable @Size(max = 10) String side,
		@Nullable @Min(value = 0, message = "must be between 0 and 360 degrees") @Max(value = 360, message = "must be between 0 and 360 degrees") Integer rangeDegrees,
		@Nullable @Min(value = 0, message = "must be between 0 and 5") @Max(value = 5, message = "must be between 0 and 5") Integer strength,
		@Nullable @Size(max = 1000) String notes) {

	public enum Result {

		NORMAL, LIMITED, PAINFUL

	}

	public boolean deficit() {
		return result != Result.NORMAL;
	}

}
