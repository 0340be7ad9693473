package org.medexpro.outcomes;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One measure's outcome for a client (API.md {@code GET /clients/{id}/outcomes}).
 *
 * @param change latest minus baseline, in the measure's unit
 * @param meaningful the change is at least the MCID
 * @param improved the change goes the better way for this measure
 * @param interpretation the latest value read against the cut-offs, e.g. “TUG 15.2 s —
 * above the 13.5 s fall-risk cut-off”
 * @param norm the latest value against the age and sex norm, when the measure has one
 * @param remeasureDue the latest value is more than 30 days old
 */
public record Outcome(String measureCode, String name, String unit, boolean higherIsBetter, double baseline,
		LocalDate baselineOn, double latest, LocalDate latestOn, double change, @Nullable Double mcid,
		boolean meaningful, boolean improved, String interpretation, @Nullable String norm, int count,
		boolean remeasureDue, List<Point> trend) {

	/** A measurement in the trend. */
	public record Point(LocalDate on, double value) {
	}

}
