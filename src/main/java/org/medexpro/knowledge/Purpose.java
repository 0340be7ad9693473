package org.medexpro.knowledge;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A functional purpose an exercise serves (“sit-to-stand”), with the screen points whose
 * deficits it addresses and the measures that show it, so that the engine can rank
 * exercises by a client's deficits and goals.
 */
public record Purpose(
		@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be lower-case-with-dashes") String code,
		@NotBlank String name,
		List<@NotBlank String> screenPoints,
		List<@NotBlank String> measures,
		List<@NotBlank String> words) {

	public Purpose {
		screenPoints = screenPoints == null ? List.of() : List.copyOf(screenPoints);
		measures = measures == null ? List.of() : List.copyOf(measures);
		words = words == null ? List.of() : List.copyOf(words);
	}

}
