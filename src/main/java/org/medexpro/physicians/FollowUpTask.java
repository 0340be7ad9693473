package org.medexpro.physicians;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A follow-up with a physician's office: a thank-you letter after a referral, a visit every quarter. */
public record FollowUpTask(UUID id, UUID physicianId, String physicianName, @Nullable UUID clientId, Kind kind,
		LocalDate dueOn, @Nullable LocalDate doneOn, @Nullable String note) {

	public enum Kind {

		THANK_YOU_LETTER("Send a thank-you letter for the referral"), QUARTERLY_VISIT("Visit the practice (every quarter)"),
		CALL("Call the office");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public boolean open() {
		return doneOn == null;
	}

}
