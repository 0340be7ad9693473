package org.medexpro.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A red-flag symptom the intake asks about (API.md {@code GET /red-flags}), or a
 * condition-specific one.
 *
 * @param standard one of the practice's nine standard red flags (absent for a condition's own)
 */
public record RedFlagDefinition(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
		@NotBlank String description,
		@NotNull RedFlagLevel level,
		@Nullable String escalation,
		@Nullable Boolean standard,
		@NotBlank String source) {
}
