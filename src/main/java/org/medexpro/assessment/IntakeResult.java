package org.medexpro.assessment;

import java.util.List;

import org.medexpro.clients.ClientStatus;

/**
 * What the intake established (API.md): the red flags raised, whether a clearance is
 * required, the category and the client's status now.
 *
 * @param medicationFlags the exercise-relevant medication classes found, e.g. BETA_BLOCKER
 */
public record IntakeResult(List<RedFlagView> redFlags, boolean clearanceRequired, Category category,
		ClientStatus status, List<String> medicationFlags) {

	/** A red flag as the intake answer lists it. */
	public record RedFlagView(String code, String description, String level) {
	}

}
