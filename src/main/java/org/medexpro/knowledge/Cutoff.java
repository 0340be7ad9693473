package org.medexpro.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** A threshold that interprets a value, e.g. “above the 13.5 s fall-risk cut-off”. */
public record Cutoff(@NotBlank String label, @NotNull Comparison operator, double value, @NotBlank String interpretation,
		@Nullable String population, @NotBlank String source) {
}
