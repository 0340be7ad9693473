package org.medexpro.knowledge;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * A class of medication that changes how a client responds to exercise (beta-blockers
 * blunt heart rate; insulin and sulfonylureas risk hypoglycaemia; ...).
 *
 * @param examples names (generic or brand, lower case) by which the intake recognises it
 */
public record MedicationClass(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
		@NotBlank String name,
		@NotBlank String effect,
		@NotEmpty List<@NotBlank String> examples,
		@NotBlank String source) {

	/** Whether a medication as written on the intake (“Metoprolol 50 mg”) belongs to this class. */
	public boolean matches(String medication) {
		String text = medication.toLowerCase(Locale.ROOT);
		return examples.stream().anyMatch(example -> text.matches(".*\\b" + java.util.regex.Pattern.quote(example) + "\\b.*"));
	}

}
