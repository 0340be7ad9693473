package org.medexpro.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * The smallest change of a measure that counts as real, with the population it was found in.
 *
 * @param type what the number is in its source: MCID, MDC, MID or SCB
 * @param percent a relative threshold in percent of the baseline, where the source gives
 * one (Oswestry: 10 points or 30 %); a change reaching either counts
 */
public record Mcid(@Positive double value, @NotBlank String type, @Nullable @Positive Double percent,
		@NotBlank String population, @NotBlank String source) {
}
