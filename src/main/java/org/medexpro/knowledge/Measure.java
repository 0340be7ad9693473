package org.medexpro.knowledge;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

/**
 * A functional outcome measure (FOM): unit, valid range, direction, MCID, cut-offs, norms
 * and, for questionnaires, scoring.
 */
public record Measure(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
		@NotBlank String name,
		@NotNull MeasureKind kind,
		@NotBlank String unit,
		double min,
		double max,
		@PositiveOrZero @Max(4) int decimals,
		boolean higherIsBetter,
		@Nullable @Valid Mcid mcid,
		@NotNull List<@Valid Cutoff> cutoffs,
		@NotNull List<@Valid Norm> norms,
		@Nullable @Valid Questionnaire questionnaire,
		@NotBlank String source) {

	public boolean inRange(double value) {
		return value >= min && value <= max;
	}

	/** Whether a change from baseline to latest is at least the MCID (absolute, or percent of baseline). */
	public boolean isMeaningful(double baseline, double latest) {
		if (mcid == null) {
			return false;
		}
		double change = Math.abs(latest - baseline);
		boolean absolute = change >= mcid.value() - 1e-9;
		boolean relative = mcid.percent() != null && baseline != 0
				&& change / Math.abs(baseline) * 100 >= mcid.percent() - 1e-9;
		return absolute || relative;
	}

	/** Whether the change goes the better way for this measure (lower TUG is better). */
	public boolean isImprovement(double baseline, double latest) {
		return higherIsBetter ? latest > baseline : latest < baseline;
	}

	/** The first cut-off the value meets, e.g. “above the 13.5 s fall-risk cut-off”. */
	public Optional<Cutoff> cutoffMetBy(double value) {
		return cutoffs.stream().filter(c -> c.operator().test(value, c.value())).findFirst();
	}

	/** The value as people read it, with its unit and cut-off: “TUG 15.2 s — above the 13.5 s fall-risk cut-off”. */
	public String interpret(double value) {
		String shown = format(value) + " " + unit;
		return cutoffMetBy(value).map(c -> code + " " + shown + " — " + c.interpretation()).orElse(code + " " + shown);
	}

	public String format(double value) {
		return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
	}

}
