package org.medexpro.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The recorded data a document shows, taken when it is drafted and frozen when it is signed,
 * so that a signed document reads the same forever.
 *
 * @param attended sessions attended in the period
 * @param scheduled sessions attended, missed and cancelled in the period
 * @param phase the current protocol phase, in words
 * @param findings the latest musculoskeletal screen's findings other than normal
 * @param event for a change-in-status letter: what changed
 */
public record DocumentData(String practice, LocalDate date, String clientName, LocalDate dateOfBirth,
		@Nullable PhysicianLine physician, List<CodedCondition> conditions, LocalDate periodFrom, LocalDate periodTo,
		int attended, int scheduled, List<MeasureLine> measures, List<GoalLine> goals, @Nullable String phase,
		List<String> findings, @Nullable String event, String author, @Nullable LocalDate consentDate) {

	/** The earliest baseline of the measures shown. */
	public @Nullable LocalDate firstMeasured() {
		return measures.stream().map(MeasureLine::baselineOn).min(LocalDate::compareTo).orElse(null);
	}

	/** The latest measurement of the measures shown. */
	public @Nullable LocalDate lastMeasured() {
		return measures.stream().map(MeasureLine::latestOn).max(LocalDate::compareTo).orElse(null);
	}

	public record PhysicianLine(UUID id, String name, @Nullable String practice, @Nullable String fax, @Nullable String email) {
	}

	public record CodedCondition(@Nullable String icd10, String name) {
	}

	/**
	 * A functional outcome measure, baseline against latest.
	 *
	 * @param points the trend chart's polyline in a 120 × 24 box, oldest on the left
	 * @param latestCutoff the cut-off the latest value meets, in words (none when it meets none)
	 */
	public record MeasureLine(String code, String name, String unit, String baseline, LocalDate baselineOn, String latest,
			LocalDate latestOn, String change, @Nullable String mcid, boolean meaningful, boolean improved,
			String interpretation, String points, @Nullable String latestCutoff) {

		/** The verdict in a word or two, for a table column. */
		public String verdictShort() {
			if (mcid == null) {
				return "no MCID";
			}
			return meaningful ? (improved ? "improved" : "declined") : "within MCID";
		}

		/** In plain words: a real improvement, a real decline, or within the measure's error. */
		public String verdict() {
			if (mcid == null) {
				return "no sourced MCID";
			}
			return meaningful ? (improved ? "meaningful improvement" : "meaningful decline") : "within the MCID";
		}

	}

	public record GoalLine(String term, String description, String status) {
	}

}
