package org.medexpro.programs;

import org.medexpro.knowledge.CriterionKind;

/**
 * A criterion of the current phase checked against recorded data.
 *
 * @param current what the data show now (“TUG 14.2 s on 2026-11-20”, “not measured yet”)
 * @param required what the criterion asks (“at most 13.5”)
 */
public record CriterionStatus(String criterion, String description, CriterionKind kind, boolean met, String current,
		String required) {
}
