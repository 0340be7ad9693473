package org.medexpro.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recorded measurement. For a questionnaire, {@code answers} holds the items (null for a
 * skipped one) and {@code value} the score computed from them.
 */
public record Measurement(UUID id, String measureCode, BigDecimal value, @Nullable List<@Nullable Integer> answers,
		LocalDate measuredOn, @Nullable String note, String recordedBy) {
}
