package org.medexpro.knowledge;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An exercise of the library, or one a practice added.
 *
 * @param purposes the functional purposes it serves (codes of {@code purposes.yml})
 * @param easier codes of its regressions
 * @param harder codes of its progressions
 * @param origin LIBRARY for the shipped file, PRACTICE for the practice's own
 */
public record Exercise(
		@NotBlank @Pattern(regexp = Exercise.CODE, message = "must be UPPER_SNAKE_CASE") @Size(max = 64) String code,
		@NotBlank @Size(max = 120) String name,
		@NotNull ExerciseCategory category,
		@NotEmpty List<@NotBlank String> purposes,
		@NotNull @Valid Demands demands,
		@NotNull @Valid Dose dose,
		@NotNull List<@NotBlank @Size(max = 300) String> cues,
		List<@NotBlank String> easier,
		List<@NotBlank String> harder,
		Origin origin,
		@NotBlank @Size(max = 500) String source) {

	public static final String CODE = "[A-Z][A-Z0-9_]*";

	public enum Origin {
		LIBRARY, PRACTICE
	}

	public Exercise {
		easier = easier == null ? List.of() : List.copyOf(easier);
		harder = harder == null ? List.of() : List.copyOf(harder);
		origin = origin == null ? Origin.LIBRARY : origin;
	}

}
