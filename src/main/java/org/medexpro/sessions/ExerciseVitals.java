package org.medexpro.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/** Vitals taken during or right after an exercise, where taken. */
public record ExerciseVitals(@Nullable @Min(50) @Max(300) Integer systolic, @Nullable @Min(20) @Max(200) Integer diastolic,
		@Nullable @Min(20) @Max(250) Integer heartRate, @Nullable @Min(50) @Max(100) Integer spo2) {

	public static final ExerciseVitals NONE = new ExerciseVitals(null, null, null, null);

	public boolean any() {
		return systolic != null || diastolic != null || heartRate != null || spo2 != null;
	}

}
