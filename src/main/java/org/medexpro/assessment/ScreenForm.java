package org.medexpro.assessment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * The musculoskeletal screen's form: data, so that a practice can replace the default
 * eleven points with its licensed form ({@code medex.assessment.screen-form}).
 */
public record ScreenForm(@NotBlank String code, @NotBlank String name, @NotBlank String version,
		@NotEmpty List<@Valid Point> points) {

	/** A point of the screen, head to toe. */
	public record Point(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code, @NotBlank String name,
			@NotBlank String region, boolean sided, @NotBlank String guidance) {
	}

	public java.util.Optional<Point> point(String code) {
		return points.stream().filter(p -> p.code().equals(code)).findFirst();
	}

}
