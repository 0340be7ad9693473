package org.medexpro.knowledge;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * What an exercise asks of the body, in the vocabulary of API.md plus the features the
 * reference's rules need (clinical-facts 1.19).
 *
 * @param intensityMets metabolic equivalents (Compendium of Physical Activities)
 * @param handLoadKg external load held in the hands, in kilograms
 */
public record Demands(
		@NotNull List<@Valid @NotNull Movement> movements,
		@NotNull SpinalLoad spinalLoad,
		@NotNull Impact impact,
		@NotNull Position position,
		@NotNull WeightBearing weightBearing,
		@NotNull BalanceDemand balance,
		@DecimalMin("1.0") @DecimalMax("20.0") double intensityMets,
		List<@NotNull Feature> features,
		@PositiveOrZero @DecimalMax("100.0") Double handLoadKg) {

	public Demands {
		features = features == null ? List.of() : List.copyOf(features);
		movements = movements == null ? List.of() : List.copyOf(movements);
		handLoadKg = handLoadKg == null ? 0.0 : handLoadKg;
	}

}
