package org.medexpro.knowledge;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

/** A checkable criterion to leave a protocol phase; see {@link CriterionKind} for its fields. */
public record Criterion(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
		@NotBlank String description,
		@NotNull CriterionKind kind,
		@Nullable String measure,
		@Nullable Double value,
		@Nullable @Positive @Max(20) Integer sessions,
		@Nullable @PositiveOrZero @Max(10) Integer pain,
		@Nullable @Positive @Max(104) Integer weeks) {

	@AssertTrue(message = "must give the fields its kind needs: measure and value; pain and sessions; sessions; or weeks")
	public boolean isComplete() {
		if (kind == null) {
			return true;
		}
		return switch (kind) {
			case MEASURE_AT_LEAST, MEASURE_AT_MOST -> measure != null && value != null;
			case PAIN_AT_MOST -> pain != null && sessions != null;
			case SESSIONS_TOLERATED -> sessions != null;
			case WEEKS_SINCE_EVENT -> weeks != null;
		};
	}

}
