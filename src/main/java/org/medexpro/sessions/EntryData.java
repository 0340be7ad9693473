package org.medexpro.sessions;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An exercise as logged: what was done, how hard it felt, pain before and after (0–10), how
 * it was tolerated and the vitals during it where taken. A cautioned exercise outside the
 * client's program needs {@code acknowledgeCautions} and a note.
 */
public record EntryData(
		@NotBlank @Size(max = 64) String exerciseCode,
		@Nullable @Min(1) @Max(20) Integer sets,
		@Nullable @Min(1) @Max(200) Integer reps,
		@Nullable @DecimalMin("0") @DecimalMax("500") BigDecimal loadKg,
		@Nullable @Min(1) @Max(240) Integer durationMinutes,
		@Nullable @DecimalMin("0") @DecimalMax("20") BigDecimal rpe,
		@Nullable @Min(0) @Max(10) Integer painBefore,
		@Nullable @Min(0) @Max(10) Integer painAfter,
		@Nullable Tolerance tolerance,
		@Nullable @Valid ExerciseVitals vitalsDuring,
		@Nullable Boolean acknowledgeCautions,
		@Nullable @Size(max = 1000) String note) {

	public static EntryData of(String exerciseCode) {
		return new EntryData(exerciseCode, null, null, null, null, null, null, null, null, null, null, null);
	}

	public ExerciseVitals vitals() {
		return vitalsDuring == null ? ExerciseVitals.NONE : vitalsDuring;
	}

}
