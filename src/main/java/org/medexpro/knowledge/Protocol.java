package org.medexpro.knowledge;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A protocol (point 6 of the 6-Point system): a phase-by-phase roadmap for a condition.
 *
 * @param approaches the surgical approaches it is for (none: any)
 */
public record Protocol(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
		@NotBlank String name,
		@NotBlank String conditionCode,
		List<@NotBlank String> approaches,
		@NotEmpty List<@Valid @NotNull ProtocolPhase> phases,
		@NotBlank String source) {

	public Protocol {
		approaches = approaches == null ? List.of() : List.copyOf(approaches);
	}

	public Optional<ProtocolPhase> phase(int number) {
		return phases.stream().filter(p -> p.number() == number).findFirst();
	}

	public boolean isLastPhase(int number) {
		return number >= phases.size();
	}

}
