package org.medexpro.knowledge;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A contraindication (point 2 of the 6-Point system): for clients with the condition (and,
 * where given, the approach, the side, the weeks since the event, the protocol phase, a
 * recorded measure), exercises whose demands match are excluded or offered with caution.
 *
 * @param approaches surgical approaches it applies to (none: all)
 * @param sides the condition's recorded sides it applies to (none: all)
 * @param icd10Prefixes the condition's recorded ICD-10-CM codes it applies to, by prefix such as
 * M80.08 for a vertebral fracture (none: all); applies too while no code is recorded (the safe side)
 * @param fromWeek applies from this many whole weeks after the event date (none: from the start)
 * @param untilWeek applies until this many weeks after it, the precaution period (none: always)
 * @param phases protocol phases it applies in (none: all); applies too while the client has no
 * program for the condition, as the phase is then unknown
 * @param measures applies when any of these holds for the latest recorded value, or when any of
 * them has not been recorded yet (the safe side): off only when all are recorded and none holds
 * @param lastSessionPainAbove applies only when the client's last signed session log recorded pain
 * after training above this (0-10): a rule about a recorded response, so no session means no response
 * @param reason why, in the practice's language, for the professional and the physician
 * @param origin LIBRARY for the shipped file, PRACTICE for the practice's own, PROTOCOL for a
 * protocol phase's extra rule
 */
public record ContraindicationRule(
		@NotBlank @Pattern(regexp = ContraindicationRule.CODE, message = "must be upper case letters, digits and dashes such as THR-P-01") @Size(max = 40) String code,
		@NotBlank String conditionCode,
		List<@NotBlank String> approaches,
		List<@NotBlank String> sides,
		List<@NotBlank @Pattern(regexp = "[A-Z][0-9][0-9A-Z.]*", message = "must be an ICD-10-CM code or its start such as M80.08") String> icd10Prefixes,
		@Nullable @PositiveOrZero Integer fromWeek,
		@Nullable @Positive Integer untilWeek,
		List<@NotNull @Positive Integer> phases,
		List<@Valid @NotNull MeasureThreshold> measures,
		@Nullable @PositiveOrZero @Max(9) Integer lastSessionPainAbove,
		@NotNull @Valid DemandPredicate demands,
		@NotNull RuleLevel level,
		@NotBlank @Size(max = 400) String reason,
		@NotBlank @Size(max = 400) String source,
		Origin origin) {

	public static final String CODE = "[A-Z0-9][A-Z0-9-]*";

	public enum Origin {
		LIBRARY, PRACTICE, PROTOCOL
	}

	public ContraindicationRule {
		approaches = approaches == null ? List.of() : List.copyOf(approaches);
		sides = sides == null ? List.of() : List.copyOf(sides);
		icd10Prefixes = icd10Prefixes == null ? List.of() : List.copyOf(icd10Prefixes);
		phases = phases == null ? List.of() : List.copyOf(phases);
		measures = measures == null ? List.of() : List.copyOf(measures);
		origin = origin == null ? Origin.LIBRARY : origin;
	}

	public ContraindicationRule withOrigin(Origin newOrigin, String condition) {
		return new ContraindicationRule(code, condition, approaches, sides, icd10Prefixes, fromWeek, untilWeek, phases,
				measures, lastSessionPainAbove, demands, level, reason, source, newOrigin);
	}

	/** “posterior approach; weeks 0–12; phases 1, 2”, for the pages. */
	public String describeWhen() {
		StringBuilder out = new StringBuilder();
		if (!approaches.isEmpty()) {
			out.append(String.join(" or ", approaches).toLowerCase()).append(" approach; ");
		}
		if (!sides.isEmpty()) {
			out.append(String.join(" or ", sides).toLowerCase()).append(" side; ");
		}
		if (!icd10Prefixes.isEmpty()) {
			out.append("ICD-10-CM ").append(String.join(" or ", icd10Prefixes)).append(" (or no code recorded); ");
		}
		if (fromWeek != null || untilWeek != null) {
			out.append("weeks ").append(fromWeek == null ? 0 : fromWeek).append("–")
				.append(untilWeek == null ? "" : untilWeek).append(" after the event; ");
		}
		if (!phases.isEmpty()) {
			out.append("protocol phase ").append(String.join(", ", phases.stream().map(String::valueOf).toList())).append("; ");
		}
		if (!measures.isEmpty()) {
			out.append("when ").append(String.join(" or ", measures.stream().map(MeasureThreshold::describe).toList()))
				.append(" (or any of them not yet measured); ");
		}
		if (lastSessionPainAbove != null) {
			out.append("when the last session log recorded pain after training above ").append(lastSessionPainAbove)
				.append("/10; ");
		}
		return out.isEmpty() ? "always" : out.substring(0, out.length() - 2);
	}

}
