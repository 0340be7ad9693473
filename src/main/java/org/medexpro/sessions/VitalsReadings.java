package org.medexpro.sessions;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The readings taken before a session (mmHg, beats/min, %, mg/dL).
 *
 * @param ketones true when moderate or large, false when tested negative, null when not tested
 * @param symptoms what the client reports today: red-flag codes (GET /api/v1/red-flags) or
 * {@code UNWELL} (fatigue, nausea, light-headedness that is not a red flag)
 */
public record VitalsReadings(
		@NotNull @Min(50) @Max(300) Integer systolic,
		@NotNull @Min(20) @Max(200) Integer diastolic,
		@NotNull @Min(20) @Max(250) Integer heartRate,
		@Nullable @Min(50) @Max(100) Integer spo2,
		@Nullable @Min(10) @Max(1000) Integer glucose,
		@Nullable Boolean ketones,
		@Nullable @Size(max = 20) List<@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be a red-flag code or UNWELL") String> symptoms) {

	public static final String UNWELL = "UNWELL";

	public VitalsReadings {
		symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
	}

	public boolean symptomatic() {
		return !symptoms.isEmpty();
	}

	/** “128/80 mmHg, 70 beats/min, SpO2 97 %, glucose 140 mg/dL”, for logs and letters. */
	public String describe() {
		StringBuilder out = new StringBuilder().append(systolic).append('/').append(diastolic).append(" mmHg, ")
			.append(heartRate).append(" beats/min");
		if (spo2 != null) {
			out.append(", SpO2 ").append(spo2).append(" %");
		}
		if (glucose != null) {
			out.append(", glucose ").append(glucose).append(" mg/dL");
			if (ketones != null) {
				out.append(ketones ? " with ketones" : ", ketones negative");
			}
		}
		return out.toString();
	}

}
