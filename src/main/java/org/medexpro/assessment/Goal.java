package org.medexpro.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measurable functional goal: SHORT (30 days) or LONG (90 days), optionally tied to an
 * outcome measure's target value.
 */
public record Goal(UUID id, String term, String description, @Nullable String measureCode,
		@Nullable BigDecimal targetValue, LocalDate targetDate, String status, @Nullable LocalDate metOn) {

	public boolean open() {
		return status.equals("OPEN");
	}

}
