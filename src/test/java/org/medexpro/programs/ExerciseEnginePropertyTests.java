package org.medexpro.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.medexpro.knowledge.BalanceDemand;
import org.medexpro.knowledge.Condition;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.Demands;
import org.medexpro.knowledge.Dose;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.ExerciseCategory;
import org.medexpro.knowledge.Feature;
import org.medexpro.knowledge.Impact;
import org.medexpro.knowledge.JointRange;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Measure;
import org.medexpro.knowledge.MeasureThreshold;
import org.medexpro.knowledge.Movement;
import org.medexpro.knowledge.MovementMode;
import org.medexpro.knowledge.Position;
import org.medexpro.knowledge.Protocol;
import org.medexpro.knowledge.RuleLevel;
import org.medexpro.knowledge.SpinalLoad;
import org.medexpro.knowledge.WeightBearing;
import org.medexpro.programs.ClientProfile.ConditionFacts;
import org.medexpro.security.Role;
import org.medexpro.shared.RuleViolationException;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invariant: no excluded exercise is ever indicated, added or accepted. Seeded random
 * clients (conditions with sides, approaches, times since surgery, protocol phases and
 * recorded measures) against the whole library plus exercises a practice adds at run time,
 * checked against a plain reading of the rules written independently of the engine's bit sets.
 */
@MedexIntegrationTest
class ExerciseEnginePropertyTests {

	static final long SEED = 20261203L;

	static final int CASES = 10_000;

	@Autowired
	ExerciseEngine engine;

	@Autowired
	ExerciseGuard guard;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void noExcludedExerciseIsEverIndicatedOrAcceptedAndEachIsInExactlyOneList() {
		Random random = new Random(SEED);
		Fixtures.as("owner", Set.of(Role.OWNER), () -> transactions.execute(tx -> {
			for (int i = 0; i < 25; i++) {
				knowledge.addExercise(randomExercise(random, "RUNTIME_PROPERTY_" + i));
			}
			int excludedSeen = 0;
			for (int n = 0; n < CASES; n++) {
				ClientProfile profile = randomProfile(random);
				ExerciseOptions options = engine.options(profile);
				Set<String> listed = new HashSet<>();
				for (ExerciseOptions.Indicated indicated : options.indicated()) {
					assertThat(listed.add(indicated.exerciseCode())).as("listed once: " + indicated.exerciseCode()).isTrue();
					Exercise exercise = knowledge.exercise(indicated.exerciseCode()).orElseThrow();
					assertThat(oracle(profile, exercise, RuleLevel.EXCLUDE)).as("case " + n + ": " + exercise.code()).isEmpty();
					assertThat(codes(indicated.cautions())).isEqualTo(oracle(profile, exercise, RuleLevel.CAUTION));
				}
				for (ExerciseOptions.Excluded excluded : options.excluded()) {
					assertThat(listed.add(excluded.exerciseCode())).as("listed once: " + excluded.exerciseCode()).isTrue();
					Exercise exercise = knowledge.exercise(excluded.exerciseCode()).orElseThrow();
					assertThat(codes(excluded.rules())).as("case " + n + ": all the rules excluding " + exercise.code())
						.isEqualTo(oracle(profile, exercise, RuleLevel.EXCLUDE));
				}
				assertThat(listed).hasSize(knowledge.exercises().size());
				excludedSeen += options.excluded().size();

				// The guard, on a library exercise and on one never seen before, even when cautions are acknowledged.
				List<Exercise> library = knowledge.exercises();
				for (Exercise exercise : List.of(library.get(random.nextInt(library.size())),
						randomExercise(random, "UNSEEN_" + n))) {
					if (oracle(profile, exercise, RuleLevel.EXCLUDE).isEmpty()) {
						guard.requireAllowed(profile, exercise, true, "acknowledged for the property test");
					}
					else {
						assertThatThrownBy(() -> guard.requireAllowed(profile, exercise, true, "acknowledged"))
							.isInstanceOf(RuleViolationException.class)
							.hasFieldOrPropertyWithValue("rule", ExerciseGuard.CONTRAINDICATED);
					}
				}
			}
			assertThat(excludedSeen).as("the random clients do meet exclusions").isGreaterThan(CASES);
			tx.setRollbackOnly();
			return null;
		}));
		assertThat(knowledge.exercise("RUNTIME_PROPERTY_0")).isEmpty();
	}

	/** The rules of a level that apply to the client and match the exercise, read plainly from the knowledge base. */
	private Set<String> oracle(ClientProfile profile, Exercise exercise, RuleLevel level) {
		Set<String> hits = new TreeSet<>();
		for (ConditionFacts condition : profile.conditions()) {
			List<ContraindicationRule> rules = new ArrayList<>(condition.phaseRules());
			knowledge.rules().stream().filter(r -> r.conditionCode().equals(condition.code())).forEach(rules::add);
			for (ContraindicationRule rule : rules) {
				if (rule.level() == level && holdsFor(rule, condition, profile)
						&& rule.demands().resolved(profile.latestMeasures()).matches(exercise.demands())) {
					hits.add(rule.code());
				}
			}
		}
		return hits;
	}

	private static boolean holdsFor(ContraindicationRule rule, ConditionFacts c, ClientProfile profile) {
		long weeks = ChronoUnit.WEEKS.between(c.eventDate(), profile.today());
		boolean allMeasuredAndGood = rule.measures().stream()
			.allMatch(m -> profile.latestMeasures().containsKey(m.code()) && !m.holds(profile.latestMeasures().get(m.code())));
		return (rule.approaches().isEmpty() || c.approach() == null || rule.approaches().contains(c.approach()))
				&& (rule.sides().isEmpty() || c.side() == null || rule.sides().contains(c.side()))
				&& (rule.icd10Prefixes().isEmpty() || c.icd10() == null
						|| rule.icd10Prefixes().stream().anyMatch(p -> c.icd10().replace(".", "").startsWith(p.replace(".", ""))))
				&& (rule.lastSessionPainAbove() == null
						|| profile.lastSessionPain() != null && profile.lastSessionPain() > rule.lastSessionPainAbove())
				&& (rule.fromWeek() == null || weeks >= rule.fromWeek())
				&& (rule.untilWeek() == null || weeks < rule.untilWeek())
				&& (rule.phases().isEmpty() || c.phase() == null || rule.phases().contains(c.phase()))
				&& (rule.measures().isEmpty() || !allMeasuredAndGood);
	}

	private static Set<String> codes(List<RuleHit> hits) {
		Set<String> codes = new TreeSet<>();
		hits.forEach(h -> codes.add(h.rule()));
		return codes;
	}

	private ClientProfile randomProfile(Random random) {
		List<Condition> conditions = knowledge.conditions();
		LocalDate today = LocalDate.of(2026, 12, 3);
		List<ConditionFacts> facts = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			Condition condition = conditions.get(random.nextInt(conditions.size()));
			if (!taken.add(condition.code())) {
				continue;
			}
			String side = pick(random, new String[] { null, "LEFT", "RIGHT", "BILATERAL" });
			String approach = condition.approaches().isEmpty() || random.nextInt(4) == 0 ? null
					: condition.approaches().get(random.nextInt(condition.approaches().size()));
			LocalDate event = today.minusDays(random.nextInt(7 * 120));
			List<Protocol> protocols = knowledge.protocols().stream().filter(p -> p.conditionCode().equals(condition.code())).toList();
			Integer phase = null;
			List<ContraindicationRule> phaseRules = List.of();
			if (!protocols.isEmpty() && random.nextBoolean()) {
				Protocol protocol = protocols.get(random.nextInt(protocols.size()));
				phase = 1 + random.nextInt(protocol.phases().size());
				phaseRules = protocol.phase(phase).orElseThrow().contraindications().stream()
					.map(r -> r.withOrigin(ContraindicationRule.Origin.PROTOCOL, condition.code()))
					.toList();
			}
			String icd10 = pick(random, new String[] { null, "M80.08XA", "M81.0", "M17.11", "Z96.651" });
			facts.add(new ConditionFacts(condition.code(), side, approach, icd10, event, phase, phaseRules));
		}
		Map<String, Double> measures = new HashMap<>();
		for (Measure measure : knowledge.measures()) {
			if (random.nextInt(3) == 0) {
				measures.put(measure.code(), measure.min() + random.nextDouble() * (measure.max() - measure.min()));
			}
		}
		return ClientProfile.of(today, facts, measures, random.nextBoolean() ? null : random.nextInt(11));
	}

	private Exercise randomExercise(Random random, String code) {
		List<JointRange> ranges = knowledge.jointRanges();
		List<Movement> movements = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			JointRange range = ranges.get(random.nextInt(ranges.size()));
			if (used.add(range.joint() + " " + range.motion())) {
				movements.add(new Movement(range.joint(), range.motion(), random.nextInt(range.maxDegrees() + 1),
						pick(random, MovementMode.values())));
			}
		}
		List<Feature> features = new ArrayList<>();
		for (Feature feature : Feature.values()) {
			if (random.nextInt(6) == 0) {
				features.add(feature);
			}
		}
		Demands demands = new Demands(movements, pick(random, SpinalLoad.values()), pick(random, Impact.values()),
				pick(random, Position.values()), pick(random, WeightBearing.values()), pick(random, BalanceDemand.values()),
				1.0 + random.nextInt(90) / 10.0, features, random.nextInt(3) == 0 ? (double) random.nextInt(20) : 0.0);
		String purpose = knowledge.purposes().get(random.nextInt(knowledge.purposes().size())).code();
		return new Exercise(code, "Random exercise " + code, pick(random, ExerciseCategory.values()), List.of(purpose), demands,
				new Dose(2, 10, null, null), List.of("Move with control"), List.of(), List.of(), null, "property test");
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... values) {
		return values[random.nextInt(values.length)];
	}

}
