package org.medexpro.sessions;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A logged exercise as stored, with its name and the exercise-response flags it raised.
 *
 * @param cautions the caution rules the professional acknowledged for it
 */
public record SessionEntry(int position, String exerciseCode, String name, @Nullable Integer sets, @Nullable Integer reps,
		@Nullable BigDecimal loadKg, @Nullable Integer durationMinutes, @Nullable BigDecimal rpe,
		@Nullable Integer painBefore, @Nullable Integer painAfter, @Nullable Tolerance tolerance, ExerciseVitals vitalsDuring,
		List<String> cautions, @Nullable String cautionNote, @Nullable String note, List<GateReason> flags) {

	/** A number field by name, as a page shows it in its input ({@code sets}, {@code reps}, {@code loadKg}, {@code durationMinutes}). */
	public @Nullable Object value(String field) {
		return switch (field) {
			case "sets" -> sets;
			case "reps" -> reps;
			case "loadKg" -> loadKg == null ? null : loadKg.stripTrailingZeros().toPlainString();
			case "durationMinutes" -> durationMinutes;
			default -> null;
		};
	}

	/** “2 × 10, 5 kg” or “12 min”, for pages and reports. */
	public String volume() {
		StringBuilder out = new StringBuilder();
		if (sets != null) {
			out.append(sets).append(reps != null ? " × " + reps : " sets");
		}
		else if (reps != null) {
			out.append(reps).append(" reps");
		}
		if (durationMinutes != null) {
			out.append(out.isEmpty() ? "" : ", ").append(durationMinutes).append(" min");
		}
		if (loadKg != null && loadKg.signum() > 0) {
			out.append(out.isEmpty() ? "" : ", ").append(loadKg.stripTrailingZeros().toPlainString()).append(" kg");
		}
		return out.toString();
	}

}
