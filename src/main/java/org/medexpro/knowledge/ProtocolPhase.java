package org.medexpro.knowledge;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A phase of a protocol.
 *
 * @param purposes the functional purposes the phase works on, most important first; the
 * engine ranks exercises by them
 * @param categories the kinds of training indicated in the phase
 * @param rpeLow the intensity range of the phase on the Borg 6–20 scale
 * @param contraindications the phase's own rules, on top of the condition's
 * @param criteria all must be met to leave the phase (none for the last phase)
 */
public record ProtocolPhase(
		@Positive int number,
		@NotBlank String name,
		@NotEmpty List<@NotBlank String> goals,
		@NotEmpty List<@NotBlank String> purposes,
		@NotEmpty List<@NotNull ExerciseCategory> categories,
		@Min(6) @Max(20) int rpeLow,
		@Min(6) @Max(20) int rpeHigh,
		List<@Valid @NotNull ContraindicationRule> contraindications,
		List<@Valid @NotNull Criterion> criteria) {

	public ProtocolPhase {
		contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
	}

}
