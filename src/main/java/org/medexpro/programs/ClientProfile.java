package org.medexpro.programs;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.RuleLevel;

/**
 * What the engine knows of a client: their active conditions with the details rules ask
 * about, the latest value of each measure, the pain after training of their last signed
 * session log, and what the ranking uses (screen deficits, goals, the current protocol
 * phase's purposes).
 *
 * @param lastSessionPain the highest pain after training (0-10) of the last signed session log, if any
 * @param flagged the exercises a professional took out for this client, with why
 */
public record ClientProfile(LocalDate today, List<ConditionFacts> conditions, Map<String, Double> latestMeasures,
		@Nullable Integer lastSessionPain, Set<String> deficitPoints, Set<String> goalMeasures, Set<String> goalWords,
		List<String> phasePurposes, List<FlaggedExercise> flagged) {

	/** An exercise taken out for this client: the engine excludes it as rule {@link #RULE}. */
	public record FlaggedExercise(String exerciseCode, String reason, String flaggedBy, LocalDate flaggedOn) {

		public static final String RULE = "CLIENT-FLAG";

		RuleHit hit() {
			return new RuleHit(RULE, "", RuleLevel.EXCLUDE, reason, "taken out for this client by " + flaggedBy + " on " + flaggedOn);
		}

	}

	/**
	 * An active condition of the client.
	 *
	 * @param icd10 the ICD-10-CM code the referral gives, if recorded
	 * @param phase the phase of the client's active program for it, if any
	 * @param phaseRules the extra rules of that phase
	 */
	public record ConditionFacts(String code, @Nullable String side, @Nullable String approach, @Nullable String icd10,
			LocalDate eventDate, @Nullable Integer phase, List<ContraindicationRule> phaseRules) {

		public ConditionFacts(String code, @Nullable String side, @Nullable String approach, LocalDate eventDate,
				@Nullable Integer phase, List<ContraindicationRule> phaseRules) {
			this(code, side, approach, null, eventDate, phase, phaseRules);
		}

		long weeksSinceEvent(LocalDate today) {
			return ChronoUnit.WEEKS.between(eventDate, today);
		}

	}

	public static ClientProfile of(LocalDate today, List<ConditionFacts> conditions, Map<String, Double> latestMeasures) {
		return of(today, conditions, latestMeasures, null);
	}

	public static ClientProfile of(LocalDate today, List<ConditionFacts> conditions, Map<String, Double> latestMeasures,
			@Nullable Integer lastSessionPain) {
		return of(today, conditions, latestMeasures, lastSessionPain, List.of());
	}

	public static ClientProfile of(LocalDate today, List<ConditionFacts> conditions, Map<String, Double> latestMeasures,
			@Nullable Integer lastSessionPain, List<FlaggedExercise> flagged) {
		return new ClientProfile(today, conditions, latestMeasures, lastSessionPain, Set.of(), Set.of(), Set.of(), List.of(),
				flagged);
	}

}
