package org.medexpro.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The normal range of a measure for an age band and sex (ANY, FEMALE or MALE). */
public record Norm(@NotBlank String sex, @PositiveOrZero int ageFrom, @PositiveOrZero int ageTo, double low, double high,
		@NotBlank String source) {

	public boolean appliesTo(String clientSex, int age) {
		return (sex.equals("ANY") || sex.equals(clientSex)) && age >= ageFrom && age <= ageTo;
	}

}
