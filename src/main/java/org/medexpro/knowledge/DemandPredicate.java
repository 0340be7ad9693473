package org.medexpro.knowledge;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * The demands a rule forbids: an exercise matches when it meets every part given (and
 * any one of several positions). A predicate over demands only, so whether a rule matches
 * an exercise never depends on the client; the client decides which rules apply.
 *
 * @param movements each clause must be matched by one of the exercise's movements
 * @param positions any one of them (none given: any position)
 * @param features every one of them present
 * @param without every one of them absent (“balance HIGH without hand support”)
 * @param handLoadKgOver external load in the hands above this many kilograms
 */
public record DemandPredicate(
		List<@Valid @NotNull MovementClause> movements,
		@Nullable SpinalLoad spinalLoadAtLeast,
		@Nullable Impact impactAtLeast,
		List<@NotNull Position> positions,
		@Nullable WeightBearing weightBearingAtLeast,
		@Nullable BalanceDemand balanceAtLeast,
		@Nullable @DecimalMin("1.0") Double metsAtLeast,
		List<@NotNull Feature> features,
		List<@NotNull Feature> without,
		@Nullable @DecimalMin("0.0") Double handLoadKgOver) {

	public DemandPredicate {
		movements = movements == null ? List.of() : List.copyOf(movements);
		positions = positions == null ? List.of() : List.copyOf(positions);
		features = features == null ? List.of() : List.copyOf(features);
		without = without == null ? List.of() : List.copyOf(without);
	}

	/** A rule that forbids nothing in particular would forbid everything: refused. */
	@AssertTrue(message = "must name at least one demand (a movement, a grade, a position, a feature or a load)")
	public boolean isSpecific() {
		return !movements.isEmpty() || spinalLoadAtLeast != null || impactAtLeast != null || !positions.isEmpty()
				|| weightBearingAtLeast != null || balanceAtLeast != null || metsAtLeast != null || !features.isEmpty()
				|| handLoadKgOver != null;
	}

	/** Whether a limit depends on the client's recorded range (see {@link MovementClause#overMeasured()}). */
	public boolean hasMeasuredLimit() {
		return movements.stream().anyMatch(m -> m.overMeasured() != null);
	}

	/** This predicate with each measured limit taken from the client's latest values (itself when none is recorded). */
	public DemandPredicate resolved(java.util.Map<String, Double> latestMeasures) {
		if (!hasMeasuredLimit()) {
			return this;
		}
		List<MovementClause> resolved = movements.stream().map(m -> m.resolved(latestMeasures)).toList();
		boolean same = true;
		for (int i = 0; i < resolved.size(); i++) {
			same &= resolved.get(i) == movements.get(i);
		}
		return same ? this : new DemandPredicate(resolved, spinalLoadAtLeast,
				impactAtLeast, positions, weightBearingAtLeast, balanceAtLeast, metsAtLeast, features, without, handLoadKgOver);
	}

	public boolean matches(Demands d) {
		for (MovementClause clause : movements) {
			if (d.movements().stream().noneMatch(clause::matches)) {
				return false;
			}
		}
		return (spinalLoadAtLeast == null || d.spinalLoad().compareTo(spinalLoadAtLeast) >= 0)
				&& (impactAtLeast == null || d.impact().compareTo(impactAtLeast) >= 0)
				&& (positions.isEmpty() || positions.contains(d.position()))
				&& (weightBearingAtLeast == null || d.weightBearing().compareTo(weightBearingAtLeast) >= 0)
				&& (balanceAtLeast == null || d.balance().compareTo(balanceAtLeast) >= 0)
				&& (metsAtLeast == null || d.intensityMets() >= metsAtLeast)
				&& d.features().containsAll(features)
				&& without.stream().noneMatch(d.features()::contains)
				&& (handLoadKgOver == null || d.handLoadKg() > handLoadKgOver);
	}

	/** “hip flexion past 90°; position kneeling or quadruped”, for the pages. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		movements.forEach(m -> parts.add(m.describe()));
		if (spinalLoadAtLeast != null) {
			parts.add("spinal load " + spinalLoadAtLeast.name().toLowerCase() + " or more");
		}
		if (impactAtLeast != null) {
			parts.add("impact " + impactAtLeast.name().toLowerCase() + " or more");
		}
		if (!positions.isEmpty()) {
			parts.add("position " + String.join(" or ", positions.stream().map(p -> p.name().toLowerCase()).toList()));
		}
		if (weightBearingAtLeast != null) {
			parts.add("weight bearing " + weightBearingAtLeast.name().toLowerCase() + " or more");
		}
		if (balanceAtLeast != null) {
			parts.add("balance demand " + balanceAtLeast.name().toLowerCase() + " or more");
		}
		if (metsAtLeast != null) {
			parts.add("intensity " + metsAtLeast + " METs or more");
		}
		features.forEach(f -> parts.add(f.name().toLowerCase().replace('_', ' ')));
		without.forEach(f -> parts.add("without " + f.name().toLowerCase().replace('_', ' ')));
		if (handLoadKgOver != null) {
			parts.add("more than " + handLoadKgOver + " kg in the hands");
		}
		return String.join("; ", parts);
	}

}
