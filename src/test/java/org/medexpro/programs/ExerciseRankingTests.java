package org.medexpro.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.GoalService;
import org.medexpro.assessment.ScreenFinding;
import org.medexpro.assessment.ScreenFinding.Result;
import org.medexpro.assessment.ScreenService;
import org.medexpro.knowledge.BalanceDemand;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.DemandPredicate;
import org.medexpro.knowledge.Demands;
import org.medexpro.knowledge.Dose;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.ExerciseCategory;
import org.medexpro.knowledge.Feature;
import org.medexpro.knowledge.Impact;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Position;
import org.medexpro.knowledge.RuleLevel;
import org.medexpro.knowledge.SpinalLoad;
import org.medexpro.knowledge.WeightBearing;
import org.medexpro.programs.ClientProfile.ConditionFacts;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ranking: the client's protocol phase, screen deficits and goals decide which indicated
 * exercises come first, and each says why.
 */
@MedexIntegrationTest
class ExerciseRankingTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProgramService programs;

	@Autowired
	ScreenService screens;

	@Autowired
	GoalService goals;

	@Autowired
	KnowledgeBase knowledge;

	String trainer;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
	}

	@Test
	void theScoreAddsThePhaseTheDeficitsAndTheGoalsAndSaysWhy() {
		Exercise hip = exercise("RANKING_HIP", "hip-strength");
		Exercise shoulder = exercise("RANKING_SHOULDER", "shoulder-mobility");
		Exercise cautionedHip = exercise("RANKING_HIP_CAUTIONED", "hip-strength", Feature.PIVOT);
		ContraindicationRule pivots = new ContraindicationRule("RANKING-PIVOT", "THR", List.of(), List.of(), List.of(), null,
				null, List.of(), List.of(), null, new DemandPredicate(List.of(), null, null, List.of(), null, null, null,
						List.of(Feature.PIVOT), List.of(), null),
				RuleLevel.CAUTION, "Turns are coached as small steps.", "ranking test", null);
		ExerciseEngine.Compiled engine = ExerciseEngine.compile(1, List.of(shoulder, cautionedHip, hip), List.of(pivots),
				List.of(), knowledge.purposes());
		LocalDate today = LocalDate.of(2026, 12, 3);
		ClientProfile profile = new ClientProfile(today,
				List.of(new ConditionFacts("THR", "LEFT", "POSTERIOR", today.minusWeeks(4), 1, List.of())), Map.of(),
				null, Set.of("HIP"), Set.of("HOOSJR"), Set.of("hip", "shops"), List.of("transfers", "gait", "hip-strength"), List.of());

		List<ExerciseOptions.Indicated> ranked = engine.options(profile).indicated();

		assertThat(ranked).extracting(ExerciseOptions.Indicated::exerciseCode)
			.containsExactly("RANKING_HIP", "RANKING_HIP_CAUTIONED", "RANKING_SHOULDER");
		ExerciseOptions.Indicated first = ranked.get(0);
		// third purpose of the phase 6 - 2, the hip deficit 3, the goal measured by HOOS JR 3, the word hip 2
		assertThat(first.score()).isEqualTo(12);
		assertThat(first.purpose()).isEqualTo("hip-strength");
		assertThat(first.why()).containsExactly("the protocol phase works on hip-strength", "screen deficit: hip",
				"a goal measured by HOOSJR", "a goal mentions “hip”");
		assertThat(ranked.get(1).score()).as("a caution costs a point").isEqualTo(11);
		assertThat(ranked.get(2).score()).isZero();
		assertThat(ranked.get(2).why()).isEmpty();
	}

	@Test
	void theRankingFollowsTheClientsDeficitsWhenANewScreenChangesThem() {
		UUID client = fixtures.clearedClientOf(trainer, "KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(3));
		as(() -> screens.record(client, LocalDate.now(), List.of(new ScreenFinding("SHOULDER", Result.LIMITED, "RIGHT", 110,
				null, null))));
		List<ExerciseOptions.Indicated> shoulders = as(() -> programs.options(client)).indicated();
		assertThat(shoulders.subList(0, 5)).allSatisfy(i -> {
			assertThat(i.purpose()).isIn("shoulder-mobility", "shoulder-strength", "arm-function", "reaching");
			assertThat(i.why()).contains("screen deficit: shoulder");
			assertThat(i.score()).isPositive();
		});

		as(() -> screens.record(client, LocalDate.now(), List.of(new ScreenFinding("SHOULDER", Result.NORMAL, "RIGHT", 170,
				null, null), new ScreenFinding("ANKLE_FOOT", Result.PAINFUL, "LEFT", null, null, "stiff ankle"))));
		List<ExerciseOptions.Indicated> ankles = as(() -> programs.options(client)).indicated();
		assertThat(ankles.subList(0, 5)).allSatisfy(i -> {
			assertThat(i.why()).contains("screen deficit: ankle foot").doesNotContain("screen deficit: shoulder");
			assertThat(i.purpose()).isIn("ankle-mobility", "ankle-strength", "gait", "balance-static", "fall-prevention");
		});
		String topShoulderExercise = shoulders.get(0).exerciseCode();
		assertThat(ankles).filteredOn(i -> i.exerciseCode().equals(topShoulderExercise))
			.singleElement()
			.satisfies(i -> assertThat(i.score()).isLessThan(shoulders.get(0).score()));
	}

	@Test
	void aMeasuredGoalAndTheProtocolPhaseLiftTheExercisesThatServeThem() {
		UUID client = fixtures.clearedClientOf(trainer, "THR", "LEFT", "POSTERIOR", LocalDate.now().minusWeeks(4));
		List<ExerciseOptions.Indicated> before = as(() -> programs.options(client)).indicated();
		assertThat(before.get(0).score()).as("nothing recorded yet: nothing to rank by").isZero();

		as(() -> programs.create(client, "THR_POSTERIOR"));
		as(() -> goals.add(client, "SHORT", "Walk to the shops without the cane", "TUG", new BigDecimal("14.0"), null));
		List<ExerciseOptions.Indicated> after = as(() -> programs.options(client)).indicated();
		assertThat(after.subList(0, 10)).allSatisfy(i -> {
			assertThat(i.purpose()).isIn("transfers", "gait", "hip-strength", "ankle-mobility");
			assertThat(i.why()).anyMatch(w -> w.startsWith("the protocol phase works on"));
			assertThat(i.why()).contains("a goal measured by TUG");
		});
		assertThat(after.get(0).score()).isGreaterThan(after.get(after.size() - 1).score());
	}

	private static Exercise exercise(String code, String purpose, Feature... features) {
		Demands demands = new Demands(List.of(), SpinalLoad.NONE, Impact.NONE, Position.STANDING, WeightBearing.FULL,
				BalanceDemand.LOW, 2.0, List.of(features), 0.0);
		return new Exercise(code, code, ExerciseCategory.STRENGTH, List.of(purpose), demands, new Dose(2, 10, null, null),
				List.of("Stand tall"), List.of(), List.of(), null, "ranking test");
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return Fixtures.as(trainer, Set.of(Role.TRAINER), work);
	}

}
