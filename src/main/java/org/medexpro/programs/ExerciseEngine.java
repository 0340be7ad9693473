package org.medexpro.programs;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.DemandPredicate;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.MeasureThreshold;
import org.medexpro.knowledge.Purpose;
import org.medexpro.knowledge.RuleLevel;
import org.medexpro.programs.ClientProfile.ConditionFacts;
import org.springframework.stereotype.Component;

/**
 * Points 2 and 4 of the 6-Point system: every contraindication of every active condition
 * filters the library first; what survives is ranked by the client's protocol phase,
 * screen deficits and goals.
 *
 * <p>A rule's predicate reads only an exercise's demands, so which exercises each rule
 * matches is worked out once per library revision (a bit set per rule); the client only
 * decides which rules apply. That keeps a client's options to a few bit-set unions.
 */
@Component
public class ExerciseEngine {

	private final KnowledgeBase knowledge;

	private volatile Compiled compiled;

	public ExerciseEngine(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
		this.compiled = compile(knowledge.revision());
	}

	/** Every exercise of the library, indicated (ranked) or excluded (with every rule that excluded it). */
	public ExerciseOptions options(ClientProfile profile) {
		return current().options(profile);
	}

	/** The rules that apply to the client and match the exercise, excluding ones first. */
	public List<RuleHit> check(ClientProfile profile, Exercise exercise) {
		return current().check(profile, exercise);
	}

	/**
	 * Whether a rule's qualifiers hold for a condition of the client. What is not recorded
	 * (the approach, the side, the ICD-10-CM code, the phase without a program, any of a
	 * rule's measures never taken) counts as matching: the filter errs on the safe side. The one exception is
	 * the pain of the last session, a rule about a recorded response: no session, no response.
	 */
	static boolean applies(ContraindicationRule rule, ConditionFacts condition, ClientProfile profile) {
		if (!rule.approaches().isEmpty() && condition.approach() != null && !rule.approaches().contains(condition.approach())) {
			return false;
		}
		if (!rule.sides().isEmpty() && condition.side() != null && !rule.sides().contains(condition.side())) {
			return false;
		}
		if (!rule.icd10Prefixes().isEmpty() && condition.icd10() != null
				&& rule.icd10Prefixes().stream().noneMatch(prefix -> icd10(condition.icd10()).startsWith(icd10(prefix)))) {
			return false;
		}
		if (rule.lastSessionPainAbove() != null
				&& (profile.lastSessionPain() == null || profile.lastSessionPain() <= rule.lastSessionPainAbove())) {
			return false;
		}
		long weeks = condition.weeksSinceEvent(profile.today());
		if (rule.fromWeek() != null && weeks < rule.fromWeek()) {
			return false;
		}
		if (rule.untilWeek() != null && weeks >= rule.untilWeek()) {
			return false;
		}
		if (!rule.phases().isEmpty() && condition.phase() != null && !rule.phases().contains(condition.phase())) {
			return false;
		}
		// A rule on measures stays on until every one of them is recorded and none holds: one
		// good result does not vouch for a measure never taken.
		for (MeasureThreshold threshold : rule.measures()) {
			Double value = profile.latestMeasures().get(threshold.code());
			if (value == null || threshold.holds(value)) {
				return true;
			}
		}
		return rule.measures().isEmpty();
	}

	/** M80.08XA and m8008xa are the same code. */
	private static String icd10(String code) {
		return code.replace(".", "").toUpperCase(java.util.Locale.ROOT);
	}

	Compiled current() {
		long revision = knowledge.revision();
		Compiled c = compiled;
		if (c.revision != revision) {
			c = compile(revision);
			compiled = c;
		}
		return c;
	}

	private Compiled compile(long revision) {
		List<ContraindicationRule> protocolRules = new ArrayList<>();
		knowledge.protocols().forEach(p -> p.phases().forEach(phase -> phase.contraindications()
			.forEach(r -> protocolRules.add(r.withOrigin(ContraindicationRule.Origin.PROTOCOL, p.conditionCode())))));
		return compile(revision, knowledge.exercises(), knowledge.rules(), protocolRules, knowledge.purposes());
	}

	/**
	 * The library compiled for selection: a bit set per rule of the exercises it matches.
	 * Codes are unique across the library, the protocols and the practice's rules (checked
	 * when loaded or added).
	 */
	static Compiled compile(long revision, List<Exercise> exercises, List<ContraindicationRule> conditionRules,
			List<ContraindicationRule> protocolRules, List<Purpose> purposeList) {
		Map<String, BitSet> matches = new HashMap<>();
		Map<String, List<ContraindicationRule>> byCondition = new HashMap<>();
		for (ContraindicationRule rule : conditionRules) {
			byCondition.computeIfAbsent(rule.conditionCode(), k -> new ArrayList<>()).add(rule);
		}
		List<ContraindicationRule> rules = new ArrayList<>(conditionRules);
		rules.addAll(protocolRules);
		for (ContraindicationRule rule : rules) {
			BitSet bits = new BitSet(exercises.size());
			for (int i = 0; i < exercises.size(); i++) {
				if (rule.demands().matches(exercises.get(i).demands())) {
					bits.set(i);
				}
			}
			matches.put(rule.code(), bits);
		}
		Map<String, Purpose> purposes = new HashMap<>();
		purposeList.forEach(p -> purposes.put(p.code(), p));
		return new Compiled(revision, List.copyOf(exercises), byCondition, matches, purposes);
	}

	record Compiled(long revision, List<Exercise> exercises, Map<String, List<ContraindicationRule>> rulesByCondition,
			Map<String, BitSet> matches, Map<String, Purpose> purposes) {

		/** Every exercise of the library, indicated (ranked) or excluded (with every rule that excluded it). */
		ExerciseOptions options(ClientProfile profile) {
			List<ContraindicationRule> applicable = applicableRules(profile);
			int n = exercises.size();
			List<List<RuleHit>> excludedBy = new ArrayList<>(n);
			List<List<RuleHit>> cautionedBy = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				excludedBy.add(null);
				cautionedBy.add(null);
			}
			for (ContraindicationRule rule : applicable) {
				BitSet hits = matchesFor(rule, profile);
				List<List<RuleHit>> target = rule.level() == RuleLevel.EXCLUDE ? excludedBy : cautionedBy;
				RuleHit hit = RuleHit.of(rule);
				for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
					if (target.get(i) == null) {
						target.set(i, new ArrayList<>(2));
					}
					target.get(i).add(hit);
				}
			}
			for (ClientProfile.FlaggedExercise flag : profile.flagged()) {
				for (int i = 0; i < n; i++) {
					if (exercises.get(i).code().equals(flag.exerciseCode())) {
						if (excludedBy.get(i) == null) {
							excludedBy.set(i, new ArrayList<>(1));
						}
						excludedBy.get(i).add(flag.hit());
					}
				}
			}
			Ranking ranking = new Ranking(profile, purposes);
			List<ExerciseOptions.Indicated> indicated = new ArrayList<>();
			List<ExerciseOptions.Excluded> excluded = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Exercise exercise = exercises.get(i);
				if (excludedBy.get(i) != null) {
					excluded.add(new ExerciseOptions.Excluded(exercise.code(), exercise.name(), excludedBy.get(i)));
				}
				else {
					List<RuleHit> cautions = cautionedBy.get(i) == null ? List.of() : cautionedBy.get(i);
					indicated.add(ranking.rank(exercise, cautions));
				}
			}
			indicated.sort(Comparator.comparingInt(ExerciseOptions.Indicated::score).reversed()
				.thenComparing(ExerciseOptions.Indicated::exerciseCode));
			return new ExerciseOptions(indicated, excluded);
		}

		/**
		 * The exercises a rule matches for this client: compiled once, except where a limit is
		 * the client's own recorded range (then matched here, against that range).
		 */
		private BitSet matchesFor(ContraindicationRule rule, ClientProfile profile) {
			DemandPredicate demands = rule.demands().resolved(profile.latestMeasures());
			if (demands == rule.demands()) {
				return matches.get(rule.code());
			}
			BitSet bits = new BitSet(exercises.size());
			for (int i = 0; i < exercises.size(); i++) {
				if (demands.matches(exercises.get(i).demands())) {
					bits.set(i);
				}
			}
			return bits;
		}

		/** The rules that apply to the client and match the exercise, excluding ones first. */
		List<RuleHit> check(ClientProfile profile, Exercise exercise) {
			List<RuleHit> hits = new ArrayList<>();
			for (ContraindicationRule rule : applicableRules(profile)) {
				if (rule.demands().resolved(profile.latestMeasures()).matches(exercise.demands())) {
					hits.add(RuleHit.of(rule));
				}
			}
			profile.flagged().stream().filter(flag -> flag.exerciseCode().equals(exercise.code())).forEach(flag -> hits.add(flag.hit()));
			hits.sort(Comparator.comparing(RuleHit::level));
			return hits;
		}

		/** The rules that apply to this client: their conditions' rules whose qualifiers hold, and their phases' rules. */
		List<ContraindicationRule> applicableRules(ClientProfile profile) {
			List<ContraindicationRule> rules = new ArrayList<>();
			for (ConditionFacts condition : profile.conditions()) {
				for (ContraindicationRule rule : rulesByCondition.getOrDefault(condition.code(), List.of())) {
					if (applies(rule, condition, profile)) {
						rules.add(rule);
					}
				}
				for (ContraindicationRule rule : condition.phaseRules()) {
					if (applies(rule, condition, profile)) {
						rules.add(rule);
					}
				}
			}
			return rules;
		}

	}

	/** Scores an exercise by how its purposes meet the phase, the deficits and the goals. */
	private record Ranking(ClientProfile profile, Map<String, Purpose> purposes) {

		ExerciseOptions.Indicated rank(Exercise exercise, List<RuleHit> cautions) {
			int best = -1;
			String bestPurpose = exercise.purposes().get(0);
			int total = 0;
			Set<String> why = new LinkedHashSet<>();
			for (String code : exercise.purposes()) {
				int score = 0;
				int phaseIndex = profile.phasePurposes().indexOf(code);
				if (phaseIndex >= 0) {
					score += 6 - Math.min(phaseIndex, 3);
					why.add("the protocol phase works on " + code);
				}
				Purpose purpose = purposes.get(code);
				if (purpose != null) {
					for (String point : purpose.screenPoints()) {
						if (profile.deficitPoints().contains(point)) {
							score += 3;
							why.add("screen deficit: " + point.toLowerCase().replace('_', ' '));
							break;
						}
					}
					for (String measure : purpose.measures()) {
						if (profile.goalMeasures().contains(measure)) {
							score += 3;
							why.add("a goal measured by " + measure);
							break;
						}
					}
					for (String word : purpose.words()) {
						if (profile.goalWords().contains(word)) {
							score += 2;
							why.add("a goal mentions “" + word + "”");
							break;
						}
					}
				}
				total += score;
				if (score > best) {
					best = score;
					bestPurpose = code;
				}
			}
			return new ExerciseOptions.Indicated(exercise.code(), exercise.name(), bestPurpose,
					total - (cautions.isEmpty() ? 0 : 1), List.copyOf(why), cautions);
		}

	}

}
