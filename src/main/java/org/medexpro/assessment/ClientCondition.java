package org.medexpro.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A condition of a client, as the referral names it.
 *
 * @param eventDate the date of surgery, injury or onset
 */
public record ClientCondition(UUID id, String code, String name, @Nullable String side, @Nullable String approach,
		LocalDate eventDate, @Nullable String icd10, boolean active) {
}
