package org.medexpro.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A medical-history question of the intake. */
public record HistoryQuestion(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
		@NotBlank String text,
		@NotBlank String source) {
}
