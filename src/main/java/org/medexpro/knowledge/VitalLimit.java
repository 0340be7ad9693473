package org.medexpro.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A resting vital limit: a reading that meets it holds or stops training, and may raise
 * a red flag (the client is referred back to the physician).
 *
 * @param ketones for glucose rules that depend on ketones: true when the rule applies only
 * with moderate or large ketones; null otherwise
 */
public record VitalLimit(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
		@NotNull Vital vital,
		@NotNull Comparison operator,
		double value,
		@NotNull VitalDecision decision,
		boolean raisesRedFlag,
		@NotNull RedFlagLevel level,
		@Nullable Boolean ketones,
		@NotBlank String description,
		@NotBlank String action,
		@NotBlank String source) {

	/** Whether a reading (and the ketone result, when known) meets this limit. */
	public boolean isMetBy(double reading, @Nullable Boolean ketonesPresent) {
		if (ketones != null && !ketones.equals(Boolean.TRUE.equals(ketonesPresent))) {
			return false;
		}
		return operator.test(reading, value);
	}

}
