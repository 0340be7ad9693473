package org.medexpro.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The boundaries of a rule's predicate, written out by hand: the engine's property test
 * reads its oracle through this predicate, so a wrong comparison here would pass there.
 */
class DemandPredicateTests {

	private static final DemandPredicate HIP_FLEXION_PAST_90 = movements(
			new MovementClause(List.of(Joint.HIP), List.of(Motion.FLEXION), 90, List.of()));

	@Test
	void aMovementLimitIsPassedOnlyBeyondItsDegrees() {
		assertThat(HIP_FLEXION_PAST_90.matches(demands(new Movement(Joint.HIP, Motion.FLEXION, 90, null)))).isFalse();
		assertThat(HIP_FLEXION_PAST_90.matches(demands(new Movement(Joint.HIP, Motion.FLEXION, 91, null)))).isTrue();
		assertThat(HIP_FLEXION_PAST_90.matches(demands(new Movement(Joint.KNEE, Motion.FLEXION, 120, null)))).isFalse();
		assertThat(HIP_FLEXION_PAST_90.matches(demands(new Movement(Joint.HIP, Motion.EXTENSION, 120, null)))).isFalse();

		DemandPredicate pastMidline = movements(new MovementClause(List.of(Joint.HIP), List.of(Motion.ADDUCTION), 0, List.of()));
		assertThat(pastMidline.matches(demands(new Movement(Joint.HIP, Motion.ADDUCTION, 0, null)))).as("to the midline").isFalse();
		assertThat(pastMidline.matches(demands(new Movement(Joint.HIP, Motion.ADDUCTION, 1, null)))).as("past it").isTrue();
	}

	@Test
	void aModeNarrowsTheMovementAndEveryClauseMustBeMet() {
		DemandPredicate resisted = movements(
				new MovementClause(List.of(Joint.SHOULDER), List.of(Motion.ABDUCTION), 0, List.of(MovementMode.RESISTED)));
		assertThat(resisted.matches(demands(new Movement(Joint.SHOULDER, Motion.ABDUCTION, 60, null)))).as("active").isFalse();
		assertThat(resisted.matches(demands(new Movement(Joint.SHOULDER, Motion.ABDUCTION, 60, MovementMode.RESISTED)))).isTrue();

		DemandPredicate both = movements(new MovementClause(List.of(Joint.HIP), List.of(Motion.FLEXION), 90, List.of()),
				new MovementClause(List.of(Joint.HIP), List.of(Motion.INTERNAL_ROTATION), 0, List.of()));
		assertThat(both.matches(demands(new Movement(Joint.HIP, Motion.FLEXION, 100, null)))).isFalse();
		assertThat(both.matches(demands(new Movement(Joint.HIP, Motion.FLEXION, 100, null),
				new Movement(Joint.HIP, Motion.INTERNAL_ROTATION, 10, null)))).isTrue();
	}

	@Test
	void gradesCountFromTheirLevelUpAndLoadsFromJustAbove() {
		DemandPredicate spine = new DemandPredicate(List.of(), SpinalLoad.MODERATE, null, List.of(), null, null, null, List.of(),
				List.of(), null);
		assertThat(spine.matches(graded(SpinalLoad.LOW, 3.0, 0.0))).isFalse();
		assertThat(spine.matches(graded(SpinalLoad.MODERATE, 3.0, 0.0))).isTrue();
		assertThat(spine.matches(graded(SpinalLoad.HIGH, 3.0, 0.0))).isTrue();

		DemandPredicate vigorous = new DemandPredicate(List.of(), null, null, List.of(), null, null, 6.0, List.of(), List.of(), null);
		assertThat(vigorous.matches(graded(SpinalLoad.NONE, 5.9, 0.0))).isFalse();
		assertThat(vigorous.matches(graded(SpinalLoad.NONE, 6.0, 0.0))).isTrue();

		DemandPredicate heavyHands = new DemandPredicate(List.of(), null, null, List.of(), null, null, null, List.of(), List.of(), 5.0);
		assertThat(heavyHands.matches(graded(SpinalLoad.NONE, 3.0, 5.0))).isFalse();
		assertThat(heavyHands.matches(graded(SpinalLoad.NONE, 3.0, 5.5))).isTrue();
	}

	@Test
	void positionsAreAnyOneFeaturesAllAndWithoutNone() {
		DemandPredicate kneeling = new DemandPredicate(List.of(), null, null, List.of(Position.KNEELING, Position.QUADRUPED), null,
				null, null, List.of(), List.of(), null);
		assertThat(kneeling.matches(placed(Position.QUADRUPED, List.of()))).isTrue();
		assertThat(kneeling.matches(placed(Position.STANDING, List.of()))).isFalse();

		DemandPredicate unsupportedBalance = new DemandPredicate(List.of(), null, null, List.of(), null, null, null,
				List.of(Feature.UNSTABLE_SURFACE, Feature.EYES_CLOSED), List.of(Feature.HAND_SUPPORT), null);
		assertThat(unsupportedBalance.matches(placed(Position.STANDING, List.of(Feature.UNSTABLE_SURFACE)))).isFalse();
		assertThat(unsupportedBalance.matches(placed(Position.STANDING, List.of(Feature.UNSTABLE_SURFACE, Feature.EYES_CLOSED))))
			.isTrue();
		assertThat(unsupportedBalance.matches(placed(Position.STANDING,
				List.of(Feature.UNSTABLE_SURFACE, Feature.EYES_CLOSED, Feature.HAND_SUPPORT)))).as("with hand support").isFalse();
	}

	@Test
	void aMeasuredLimitIsTheLatestRangePlusItsMarginAndTheStandInUntilMeasured() {
		DemandPredicate knee = movements(new MovementClause(List.of(Joint.KNEE), List.of(Motion.FLEXION), 90, List.of(),
				new MovementClause.Measured("KNEE_FLEXION", 10)));
		Movement bend105 = new Movement(Joint.KNEE, Motion.FLEXION, 105, null);
		assertThat(knee.resolved(Map.of()).matches(demands(bend105))).as("stand-in 90°").isTrue();
		assertThat(knee.resolved(Map.of("KNEE_FLEXION", 95.0)).matches(demands(bend105))).as("limit 105°").isFalse();
		assertThat(knee.resolved(Map.of("KNEE_FLEXION", 94.0)).matches(demands(bend105))).as("limit 104°").isTrue();
	}

	private static DemandPredicate movements(MovementClause... clauses) {
		return new DemandPredicate(List.of(clauses), null, null, List.of(), null, null, null, List.of(), List.of(), null);
	}

	private static Demands demands(Movement... movements) {
		return new Demands(List.of(movements), SpinalLoad.NONE, Impact.NONE, Position.STANDING, WeightBearing.FULL, BalanceDemand.LOW,
				2.5, List.of(), 0.0);
	}

	private static Demands graded(SpinalLoad spinalLoad, double mets, double handLoadKg) {
		return new Demands(List.of(), spinalLoad, Impact.NONE, Position.STANDING, WeightBearing.FULL, BalanceDemand.LOW, mets,
				List.of(), handLoadKg);
	}

	private static Demands placed(Position position, List<Feature> features) {
		return new Demands(List.of(), SpinalLoad.NONE, Impact.NONE, position, WeightBearing.FULL, BalanceDemand.LOW, 2.5, features,
				0.0);
	}

}
