package org.medexpro.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.IntakeData;
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
import org.medexpro.knowledge.MeasureKind;
import org.medexpro.knowledge.Movement;
import org.medexpro.knowledge.MovementMode;
import org.medexpro.knowledge.Position;
import org.medexpro.knowledge.Protocol;
import org.medexpro.knowledge.RuleLevel;
import org.medexpro.knowledge.SpinalLoad;
import org.medexpro.knowledge.WeightBearing;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.programs.ClientProfile.ConditionFacts;
import org.medexpro.security.Role;
import org.medexpro.sessions.EntryData;
import org.medexpro.sessions.ServiceKind;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.SessionRequest;
import org.medexpro.sessions.Tolerance;
import org.medexpro.sessions.VitalsReadings;
import org.medexpro.shared.RuleViolationException;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invariant: no excluded exercise is ever indicated, added or accepted. Seeded random
 * clients (conditions with sides, approaches, ICD-10-CM codes, times since surgery, protocol
 * phases, recorded measures and the pain of the last session) against the whole library
 * plus exercises a practice adds at run time, checked against a plain reading of the rules
 * written independently of the engine's bit sets: 10,000 clients in memory, then 60 clients
 * recorded through the services whose 300 exercises go through the program's add path and
 * 300 through the session log's. Everything runs in a transaction that is rolled back, and
 * the rules and exercises are read once at the start, so practice rows other tests committed
 * neither change the seeded sequence nor leave anything behind.
 */
@MedexIntegrationTest
class ExerciseEnginePropertyTests {

	static final long SEED = 20261203L;

	static final int CASES = 10_000;

	static final int RECORDED_CLIENTS = 60;

	static final int USES_PER_CLIENT = 5;

	static final String[] ICD10 = { null, "M80.08XA", "M81.0", "M17.11", "Z96.651" };

	@Autowired
	ExerciseEngine engine;

	@Autowired
	ExerciseGuard guard;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AssessmentService assessment;

	@Autowired
	PhysicianService physicians;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	ProgramService programs;

	@Autowired
	SessionLogService sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** The library as loaded at a test's start: exercises to draw from, and every rule of a condition. */
	record Library(List<Exercise> exercises, List<ContraindicationRule> rules) {
	}

	@Test
	void noExcludedExerciseIsEverIndicatedOrAcceptedAndEachIsInExactlyOneList() {
		Random random = new Random(SEED);
		Fixtures.as("owner", Set.of(Role.OWNER), () -> transactions.execute(tx -> {
			Library library = libraryWith(addedAtRunTime(random, "RUNTIME_PROPERTY_", 25));
			int size = knowledge.exercises().size();
			int excludedSeen = 0;
			for (int n = 0; n < CASES; n++) {
				ClientProfile profile = randomProfile(random);
				ExerciseOptions options = engine.options(profile);
				Set<String> listed = new HashSet<>();
				for (ExerciseOptions.Indicated indicated : options.indicated()) {
					assertThat(listed.add(indicated.exerciseCode())).as("listed once: " + indicated.exerciseCode()).isTrue();
					Exercise exercise = knowledge.exercise(indicated.exerciseCode()).orElseThrow();
					assertThat(oracle(library, profile, exercise, RuleLevel.EXCLUDE)).as("case " + n + ": " + exercise.code())
						.isEmpty();
					assertThat(codes(indicated.cautions())).isEqualTo(oracle(library, profile, exercise, RuleLevel.CAUTION));
				}
				for (ExerciseOptions.Excluded excluded : options.excluded()) {
					assertThat(listed.add(excluded.exerciseCode())).as("listed once: " + excluded.exerciseCode()).isTrue();
					Exercise exercise = knowledge.exercise(excluded.exerciseCode()).orElseThrow();
					assertThat(codes(excluded.rules())).as("case " + n + ": all the rules excluding " + exercise.code())
						.isEqualTo(oracle(library, profile, exercise, RuleLevel.EXCLUDE));
				}
				assertThat(listed).hasSize(size);
				excludedSeen += options.excluded().size();

				// The guard, on an exercise of the library and on one never seen before, even when cautions are acknowledged.
				for (Exercise exercise : List.of(library.exercises().get(random.nextInt(library.exercises().size())),
						randomExercise(random, "UNSEEN_" + n))) {
					if (oracle(library, profile, exercise, RuleLevel.EXCLUDE).isEmpty()) {
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

	@Test
	void theProgramAndTheSessionLogRefuseExactlyWhatTheRulesExcludeForRecordedClients() {
		Random random = new Random(SEED + 1);
		String trainer = fixtures.staffMember(Role.TRAINER);
		int[] seen = new int[4]; // added, refused from the program, logged, refused from the log
		Fixtures.as(trainer, Set.of(Role.TRAINER), () -> transactions.execute(tx -> {
			Library library = libraryWith(Fixtures.as("owner", Set.of(Role.OWNER),
					() -> addedAtRunTime(random, "RECORDED_PROPERTY_", 10)));
			UUID physician = Fixtures.as("owner", Set.of(Role.OWNER),
					() -> physicians.add(new PhysicianData("Dr. Property", null, null, null, null, null))).id();
			OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
			for (int c = 0; c < RECORDED_CLIENTS; c++) {
				Recorded client = recordedClient(random, library, trainer, physician, now);
				for (int u = 0; u < USES_PER_CLIENT; u++) {
					Exercise exercise = library.exercises().get(random.nextInt(library.exercises().size()));
					Set<String> excluding = oracle(library, client.profile(), exercise, RuleLevel.EXCLUDE);
					String what = "client " + c + " (" + client.profile().conditions() + "), " + exercise.code();
					try {
						programs.addExercise(client.program(), new EntryRequest(exercise.code(), null, null, null, null, null,
								null, true, "acknowledged for the property test"));
						assertThat(excluding).as("added to the program: " + what).isEmpty();
						seen[0]++;
					}
					catch (RuleViolationException ex) {
						assertThat(ex.rule()).as(what).isEqualTo(ExerciseGuard.CONTRAINDICATED);
						assertThat(ruleCodes(ex.details().get("rules"))).as("refused from the program: " + what).isEqualTo(excluding);
						seen[1]++;
					}
					try {
						sessions.create(client.id(), session(now.minusMinutes(40L * (u + 2)), exercise.code(), 2));
						assertThat(excluding).as("accepted in a session log: " + what).isEmpty();
						seen[2]++;
					}
					catch (RuleViolationException ex) {
						assertThat(ex.rule()).as(what).isEqualTo(ExerciseGuard.CONTRAINDICATED);
						assertThat(excluding).as("refused from a session log: " + what).isNotEmpty();
						seen[3]++;
					}
				}
			}
			tx.setRollbackOnly();
			return null;
		}));
		assertThat(java.util.Arrays.stream(seen).boxed().toList()).as("added, refused, logged, refused").allMatch(n -> n > 0);
		assertThat(seen[0] + seen[1]).isEqualTo(RECORDED_CLIENTS * USES_PER_CLIENT);
		assertThat(knowledge.exercise("RECORDED_PROPERTY_0")).isEmpty();
	}

	/** A client recorded through the services, with the profile the rules should see. */
	record Recorded(UUID id, UUID program, ClientProfile profile) {
	}

	/**
	 * Registers a client with random conditions, a program at a random phase for one of them,
	 * random measures and, for some, a signed session log with the pain after it; and writes
	 * down, independently of the engine, the profile that should follow.
	 */
	private Recorded recordedClient(Random random, Library library, String trainer, UUID physician, OffsetDateTime now) {
		LocalDate today = LocalDate.now(clock);
		UUID client = fixtures.clientOf(trainer).id();
		List<Protocol> protocols = knowledge.protocols();
		Protocol protocol = protocols.get(random.nextInt(protocols.size()));
		List<Condition> conditions = new ArrayList<>();
		conditions.add(knowledge.condition(protocol.conditionCode()).orElseThrow());
		for (int i = random.nextInt(3); i > 0; i--) {
			Condition other = knowledge.conditions().get(random.nextInt(knowledge.conditions().size()));
			if (conditions.stream().noneMatch(k -> k.code().equals(other.code()))) {
				conditions.add(other);
			}
		}
		int phase = 1 + random.nextInt(protocol.phases().size());
		List<ConditionFacts> facts = new ArrayList<>();
		for (Condition condition : conditions) {
			boolean programmed = condition.code().equals(protocol.conditionCode());
			String side = condition.sided() || random.nextBoolean() ? pick(random, "LEFT", "RIGHT", "BILATERAL") : null;
			String approach = condition.approaches().isEmpty() || random.nextInt(4) == 0 ? null
					: pick(random, condition.approaches().toArray(String[]::new));
			if (programmed && !protocol.approaches().isEmpty()) {
				approach = protocol.approaches().get(random.nextInt(protocol.approaches().size()));
			}
			String icd10 = pick(random, ICD10);
			LocalDate event = today.minusDays(random.nextInt(7 * 120));
			assessment.addCondition(client, new IntakeData.ConditionEntry(condition.code(), side, approach, event, icd10));
			List<ContraindicationRule> phaseRules = !programmed ? List.of()
					: protocol.phase(phase).orElseThrow().contraindications().stream()
						.map(r -> r.withOrigin(ContraindicationRule.Origin.PROTOCOL, condition.code()))
						.toList();
			facts.add(new ConditionFacts(condition.code(), side, approach, icd10, event, programmed ? phase : null, phaseRules));
		}
		assessment.recordClearance(client, physician, today, "may train");
		UUID program = programs.create(client, protocol.code()).id();
		jdbc.sql("update programs set phase = ? where id = ?").params(phase, program).update();

		Map<String, Double> measures = new HashMap<>();
		for (Measure measure : knowledge.measures()) {
			if (measure.kind() == MeasureKind.PERFORMANCE && random.nextInt(3) == 0) {
				BigDecimal value = BigDecimal.valueOf(measure.min() + random.nextDouble() * (measure.max() - measure.min()))
					.setScale(measure.decimals(), RoundingMode.HALF_UP);
				outcomes.record(client, measure.code(), value, null, today, null);
				measures.put(measure.code(), value.doubleValue());
			}
		}
		ClientProfile before = ClientProfile.of(today, facts, measures, null);
		Integer pain = null;
		if (random.nextBoolean()) {
			pain = random.nextInt(11);
			Exercise allowed = library.exercises().stream()
				.filter(e -> oracle(library, before, e, RuleLevel.EXCLUDE).isEmpty())
				.findFirst()
				.orElseThrow();
			sessions.sign(sessions.create(client, session(now.minusMinutes(40), allowed.code(), pain)).id(), false);
		}
		return new Recorded(client, program, ClientProfile.of(today, facts, measures, pain));
	}

	/** A session log of one exercise, its cautions acknowledged, with the pain after it. */
	private static SessionRequest session(OffsetDateTime start, String exerciseCode, int painAfter) {
		EntryData entry = new EntryData(exerciseCode, 2, 10, BigDecimal.ZERO, null, BigDecimal.valueOf(12), 1, painAfter,
				Tolerance.GOOD, null, true, "acknowledged for the property test");
		return new SessionRequest(start, start.plusMinutes(30), null, new VitalsReadings(128, 80, 70, 97, 140, false, List.of()),
				null, List.of(entry), null, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 30), null, null);
	}

	/** Random exercises a practice adds; the caller holds the transaction that will roll them back. */
	private List<Exercise> addedAtRunTime(Random random, String prefix, int count) {
		List<Exercise> added = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			added.add(knowledge.addExercise(randomExercise(random, prefix + i)));
		}
		return added;
	}

	/**
	 * The shipped exercises in code order and the ones just added, to draw from (so the
	 * seeded draws do not depend on practice exercises other tests committed), and every rule
	 * in force now.
	 */
	private Library libraryWith(List<Exercise> addedNow) {
		List<Exercise> exercises = new ArrayList<>(knowledge.exercises().stream()
			.filter(e -> e.origin() == Exercise.Origin.LIBRARY)
			.sorted(Comparator.comparing(Exercise::code))
			.toList());
		exercises.addAll(addedNow);
		return new Library(List.copyOf(exercises), List.copyOf(knowledge.rules()));
	}

	/** The rules of a level that apply to the client and match the exercise, read plainly from the library. */
	private static Set<String> oracle(Library library, ClientProfile profile, Exercise exercise, RuleLevel level) {
		Set<String> hits = new TreeSet<>();
		for (ConditionFacts condition : profile.conditions()) {
			List<ContraindicationRule> rules = new ArrayList<>(condition.phaseRules());
			library.rules().stream().filter(r -> r.conditionCode().equals(condition.code())).forEach(rules::add);
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

	private static Set<String> ruleCodes(@Nullable Object hits) {
		Set<String> codes = new TreeSet<>();
		((List<?>) hits).forEach(h -> codes.add(((RuleHit) h).rule()));
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
			String side = pick(random, null, "LEFT", "RIGHT", "BILATERAL");
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
			String icd10 = pick(random, ICD10);
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
