package org.medexpro.knowledge;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A condition of the knowledge base.
 *
 * @param icd10 the ICD-10-CM codes usually found on a referral for it
 * @param sided whether the intake records the side (LEFT, RIGHT, BILATERAL)
 * @param approaches the surgical approaches the intake may record (empty when none)
 */
public record Condition(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
		@NotBlank String name,
		@NotNull ConditionKind kind,
		@NotEmpty List<@Pattern(regexp = Condition.ICD10, message = "must be an ICD-10-CM code such as M16.11") String> icd10,
		boolean sided,
		@NotNull List<@Pattern(regexp = "[A-Z][A-Z_]*") String> approaches,
		@NotNull List<@NotBlank String> structures,
		@NotNull List<@Valid HealingPhase> healingPhases,
		@NotNull List<@Valid RedFlagDefinition> redFlags,
		@NotBlank String source) {

	/** An ICD-10-CM code: a letter, two characters, and up to four after a dot. */
	public static final String ICD10 = "[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?";

	public boolean surgical() {
		return kind == ConditionKind.SURGICAL;
	}

}
