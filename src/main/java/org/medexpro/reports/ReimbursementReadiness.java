package org.medexpro.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whether a client's episode is ready to be reimbursed (DESIGN.md): a physician referral, a
 * diagnosis code, documented medical necessity, baseline and follow-up measures, session logs
 * complete and signed on time, and a progress report sent for each 30-day period that has ended;
 * each item says what is missing.
 *
 * @param episodeFrom the day the current episode began (registration, or a return after a discharge)
 * @param episodeTo the day it ended with a discharge, if it has
 */
public record ReimbursementReadiness(UUID clientId, String clientName, @Nullable LocalDate episodeFrom,
		@Nullable LocalDate episodeTo, boolean ready, List<Item> items) {

	public record Item(String code, String label, boolean met, String detail) {
	}

	static ReimbursementReadiness of(UUID clientId, String clientName, @Nullable LocalDate episodeFrom,
			@Nullable LocalDate episodeTo, List<Item> items) {
		return new ReimbursementReadiness(clientId, clientName, episodeFrom, episodeTo, items.stream().allMatch(Item::met),
				List.copyOf(items));
	}

	public List<Item> missing() {
		return items.stream().filter(i -> !i.met()).toList();
	}

}
