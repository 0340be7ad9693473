package org.medexpro.reports;

import java.util.List;
import java.util.UUID;

/**
 * Whether a client's episode is ready to be reimbursed (DESIGN.md): a physician referral, a
 * diagnosis code, documented medical necessity, baseline and follow-up measures, session logs
 * complete and signed on time, and progress reports sent; each item says what is missing.
 */
public record ReimbursementReadiness(UUID clientId, String clientName, boolean ready, List<Item> items) {

	public record Item(String code, String label, boolean met, String detail) {
	}

	static ReimbursementReadiness of(UUID clientId, String clientName, List<Item> items) {
		return new ReimbursementReadiness(clientId, clientName, items.stream().allMatch(Item::met), List.copyOf(items));
	}

	public List<Item> missing() {
		return items.stream().filter(i -> !i.met()).toList();
	}

}
