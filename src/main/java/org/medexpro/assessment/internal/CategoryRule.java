package org.medexpro.assessment.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;

import org.medexpro.assessment.Category;

/**
 * The 365-day rule (meti-practice 5.3): within 365 days of the latest onset, injury or
 * surgery a client is Post Rehab; after it, Medical Exercise (or Functional Maintenance
 * when rehabilitation is finished and the goal is to keep function); a client with no
 * medical condition is Corrective Exercise.
 */
public final class CategoryRule {

	public static final int POST_REHAB_DAYS = 365;

	private CategoryRule() {
	}

	public static Category categorize(Collection<LocalDate> eventDates, boolean maintenance, LocalDate today) {
		if (eventDates.isEmpty()) {
			return maintenance ? Category.FUNCTIONAL_MAINTENANCE : Category.CORRECTIVE_EXERCISE;
		}
		LocalDate latest = eventDates.stream().max(Comparator.naturalOrder()).orElseThrow();
		if (ChronoUnit.DAYS.between(latest, today) <= POST_REHAB_DAYS) {
			return Category.POST_REHAB;
		}
		return maintenance ? Category.FUNCTIONAL_MAINTENANCE : Category.MEDICAL_EXERCISE;
	}

}
