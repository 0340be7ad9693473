package org.medexpro.programs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.medexpro.knowledge.BalanceDemand;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.DemandPredicate;
import org.medexpro.knowledge.Demands;
import org.medexpro.knowledge.Dose;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.ExerciseCategory;
import org.medexpro.knowledge.Feature;
import org.medexpro.knowledge.Impact;
import org.medexpro.knowledge.Joint;
import org.medexpro.knowledge.MeasureThreshold;
import org.medexpro.knowledge.Motion;
import org.medexpro.knowledge.Movement;
import org.medexpro.knowledge.MovementClause;
import org.medexpro.knowledge.MovementMode;
import org.medexpro.knowledge.Position;
import org.medexpro.knowledge.Purpose;
import org.medexpro.knowledge.RuleLevel;
import org.medexpro.knowledge.SpinalLoad;
import org.medexpro.knowledge.WeightBearing;
import org.medexpro.programs.ClientProfile.ConditionFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The engine's speed targets (issue 4), on one thread: a client's exercise options with
 * three conditions over a library of 5,000 exercises and 800 rules (target under 2 ms), and
 * the engine's share of re-checking every active program of a 10,000-client practice after
 * a rule change: compiling the changed library and checking 60,000 program exercises
 * (the database's share is measured by {@code ProgramRecheckBenchmarkTests}). Generated,
 * seeded data; run with {@code bench/engine.sh}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExerciseEngineBenchmark {

	static final int EXERCISES = 5_000;

	static final int RULES = 800;

	static final int CONDITIONS = 20;

	static final int CLIENTS = 10_000;

	static final int ENTRIES_PER_PROGRAM = 6;

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	List<Exercise> exercises;

	List<ContraindicationRule> rules;

	List<Purpose> purposes;

	ExerciseEngine.Compiled compiled;

	ClientProfile threeConditions;

	List<ClientProfile> practice;

	List<List<Exercise>> programs;

	@Setup(Level.Trial)
	public void library() {
		Random random = new Random(20261204L);
		purposes = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			purposes.add(new Purpose("purpose-" + i, "Purpose " + i, List.of("HIP"), List.of("TUG"), List.of("walk")));
		}
		exercises = new ArrayList<>();
		for (int i = 0; i < EXERCISES; i++) {
			exercises.add(exercise(random, i));
		}
		rules = new ArrayList<>();
		for (int i = 0; i < RULES; i++) {
			rules.add(rule(random, i));
		}
		compiled = ExerciseEngine.compile(1, exercises, rules, List.of(), purposes);
		threeConditions = profile(random, 3);
		practice = new ArrayList<>();
		programs = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			practice.add(profile(random, 1 + random.nextInt(3)));
			List<Exercise> program = new ArrayList<>();
			for (int j = 0; j < ENTRIES_PER_PROGRAM; j++) {
				program.add(exercises.get(random.nextInt(EXERCISES)));
			}
			programs.add(program);
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public ExerciseOptions optionsForAClientWithThreeConditions() {
		return compiled.options(threeConditions);
	}

	/** After a rule change: the library compiled again, then every program exercise checked. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public int recheckEveryProgramOfTenThousandClients() {
		ExerciseEngine.Compiled changed = ExerciseEngine.compile(2, exercises, rules, List.of(), purposes);
		int excluded = 0;
		for (int i = 0; i < CLIENTS; i++) {
			ClientProfile profile = practice.get(i);
			for (Exercise exercise : programs.get(i)) {
				for (RuleHit hit : changed.check(profile, exercise)) {
					if (hit.level() == RuleLevel.EXCLUDE) {
						excluded++;
						break;
					}
				}
			}
		}
		return excluded;
	}

	private Exercise exercise(Random random, int i) {
		List<Movement> movements = new ArrayList<>();
		for (int m = 1 + random.nextInt(3); m > 0; m--) {
			movements.add(new Movement(pick(random, Joint.values()), pick(random, Motion.values()), random.nextInt(121),
					pick(random, MovementMode.values())));
		}
		List<Feature> features = new ArrayList<>();
		for (Feature feature : Feature.values()) {
			if (random.nextInt(8) == 0) {
				features.add(feature);
			}
		}
		Demands demands = new Demands(movements, pick(random, SpinalLoad.values()), pick(random, Impact.values()),
				pick(random, Position.values()), pick(random, WeightBearing.values()), pick(random, BalanceDemand.values()),
				1.0 + random.nextInt(80) / 10.0, features, (double) random.nextInt(10));
		return new Exercise("BENCH_" + i, "Exercise " + i, pick(random, ExerciseCategory.values()),
				List.of(purposes.get(random.nextInt(purposes.size())).code(), purposes.get(random.nextInt(purposes.size())).code()),
				demands, new Dose(2, 10, null, null), List.of("cue"), List.of(), List.of(), null, "benchmark");
	}

	/** One or two demands, some qualified by approach, weeks since the event or a measure, as in the shipped rules. */
	private ContraindicationRule rule(Random random, int i) {
		List<MovementClause> movements = random.nextBoolean()
				? List.of(new MovementClause(List.of(pick(random, Joint.values())), List.of(pick(random, Motion.values())),
						random.nextInt(100), List.of()))
				: List.of();
		DemandPredicate demands = new DemandPredicate(movements,
				movements.isEmpty() ? pick(random, SpinalLoad.values()) : null, random.nextInt(4) == 0 ? Impact.LOW : null,
				random.nextInt(5) == 0 ? List.of(pick(random, Position.values())) : List.of(), null,
				random.nextInt(6) == 0 ? BalanceDemand.HIGH : null, random.nextInt(6) == 0 ? 4.0 : null,
				random.nextInt(6) == 0 ? List.of(pick(random, Feature.values())) : List.of(),
				random.nextInt(6) == 0 ? List.of(Feature.HAND_SUPPORT) : List.of(), null);
		return new ContraindicationRule("BENCH-" + i, "C" + random.nextInt(CONDITIONS),
				random.nextInt(4) == 0 ? List.of("POSTERIOR") : List.of(), List.of(), List.of(), null,
				random.nextInt(3) == 0 ? 12 : null, List.of(),
				random.nextInt(8) == 0 ? List.of(new MeasureThreshold("BBS", 45.0, null)) : List.of(), null, demands,
				random.nextInt(4) == 0 ? RuleLevel.CAUTION : RuleLevel.EXCLUDE, "benchmark rule", "benchmark",
				ContraindicationRule.Origin.LIBRARY);
	}

	private static ClientProfile profile(Random random, int conditions) {
		List<ConditionFacts> facts = new ArrayList<>();
		for (int c = 0; c < conditions; c++) {
			facts.add(new ConditionFacts("C" + random.nextInt(CONDITIONS), random.nextBoolean() ? "LEFT" : null,
					random.nextBoolean() ? "POSTERIOR" : null, TODAY.minusWeeks(random.nextInt(60)), null, List.of()));
		}
		Map<String, Double> measures = new HashMap<>();
		if (random.nextBoolean()) {
			measures.put("BBS", (double) random.nextInt(57));
		}
		return ClientProfile.of(TODAY, facts, measures);
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... values) {
		return values[random.nextInt(values.length)];
	}

	public static void main(String[] args) throws Exception {
		new Runner(new OptionsBuilder().include(ExerciseEngineBenchmark.class.getSimpleName()).build()).run();
	}

}
