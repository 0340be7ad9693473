package org.medexpro.knowledge;

/**
 * How a progression criterion is checked against recorded data (point 5: a client moves
 * on when the data meet the criteria, never because a date passed).
 */
public enum CriterionKind {
	/** The latest value of {@code measure} is at least {@code value}. */
	MEASURE_AT_LEAST,
	/** The latest value of {@code measure} is at most {@code value} (times, pain, disability). */
	MEASURE_AT_MOST,
	/** Pain after training at or below {@code pain} in each of the last {@code sessions} session logs. */
	PAIN_AT_MOST,
	/** The last {@code sessions} session logs all record the training as tolerated. */
	SESSIONS_TOLERATED,
	/** At least {@code weeks} weeks since surgery or onset: a minimum, only beside a criterion of function. */
	WEEKS_SINCE_EVENT
}
