package org.medexpro.knowledge;

/**
 * How a questionnaire's answered items become its score.
 * <ul>
 * <li>SUM: the sum of the items (LEFS 0-80, Berg 0-56); where items may be skipped, the
 * mean of the answered items times the number of items (LEFS and Neck Disability Index,
 * clinical-facts 4.10 and 4.12).</li>
 * <li>MEAN: the mean of the answered items (ABC, PSFS).</li>
 * <li>PERCENT_OF_ANSWERED_MAX: sum / (item maximum × answered items) × 100, so skipped
 * items do not lower the score (Oswestry, Neck Disability Index).</li>
 * <li>QUICKDASH: ((sum / answered) − 1) × 25.</li>
 * <li>TABLE: the raw sum looked up in the measure's conversion table.</li>
 * </ul>
 */
public enum Scoring {

	SUM, MEAN, PERCENT_OF_ANSWERED_MAX, QUICKDASH, TABLE

}
