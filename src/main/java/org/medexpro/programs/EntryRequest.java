package org.medexpro.programs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An exercise to add to a program, or a new dose for one. What is left out comes from the
 * library's starting dose and the phase's RPE range. A cautioned exercise needs
 * {@code acknowledgeCautions} and a note saying why it is right for this client.
 */
public record EntryRequest(
		@NotBlank @Size(max = 64) String exerciseCode,
		@Nullable @Min(1) @Max(10) Integer sets,
		@Nullable @Positive @Max(100) Integer reps,
		@Nullable @Positive @Max(120) Integer minutes,
		@Nullable @Positive @Max(300) Integer holdSeconds,
		@Nullable @Min(6) @Max(20) Integer rpeLow,
		@Nullable @Min(6) @Max(20) Integer rpeHigh,
		@Nullable Boolean acknowledgeCautions,
		@Nullable @Size(max = 1000) String note) {

	public static EntryRequest of(String exerciseCode) {
		return new EntryRequest(exerciseCode, null, null, null, null, null, null, null, null);
	}

	public boolean acknowledged() {
		return Boolean.TRUE.equals(acknowledgeCautions);
	}

}
