package org.medexpro.programs;

import java.util.List;

/**
 * A client's exercise options: every exercise of the library in exactly one list.
 * Indicated ones are ranked best first.
 */
public record ExerciseOptions(List<Indicated> indicated, List<Excluded> excluded) {

	/**
	 * @param purpose the functional purpose it is indicated for
	 * @param why what made it rank where it is, in plain words
	 */
	public record Indicated(String exerciseCode, String name, String purpose, int score, List<String> why,
			List<RuleHit> cautions) {
	}

	/** @param rules every rule that excluded it */
	public record Excluded(String exerciseCode, String name, List<RuleHit> rules) {
	}

}
