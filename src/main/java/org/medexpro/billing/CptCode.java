package org.medexpro.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;
import org.medexpro.sessions.ServiceKind;

/**
 * A CPT code the practice bills, as {@code billing/cpt-codes.yml} describes it (a
 * paraphrased name: the CPT descriptors are AMA copyright).
 *
 * @param timed billed in 15-minute units; an untimed code is one unit per session
 * @param serviceKind the kind of service a session log records the code's minutes by
 * @param maxUnitsPerDay the medically unlikely edit, where known
 */
public record CptCode(@NotBlank @Pattern(regexp = "\\d{4}[0-9A-Z]") String code, @NotBlank String name,
		@NotNull Boolean timed, @NotNull ServiceKind serviceKind, @Nullable @Positive Integer maxUnitsPerDay,
		@NotBlank String source) {
}
