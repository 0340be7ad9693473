package org.medexpro.knowledge;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A limit of the session safety gate (clinical-facts section 3): before the session, a
 * resting reading that holds or stops training; during it, an exercise response that stops
 * the session or calls for less load. The practice may make a value stricter, never laxer.
 *
 * @param conditions applies only to clients with one of these conditions (none: everyone)
 * @param exceptConditions not for clients with one of these (they have a stricter limit of their own)
 * @param medications applies only to clients on one of these medication classes (none: everyone)
 * @param symptomatic applies only while the client reports a symptom
 * @param whenMissing applies when the reading was not taken (a diabetic client's glucose)
 * @param ketones for glucose: PRESENT applies only with moderate or large ketones, NOT_TESTED only
 * while ketones were not tested
 * @param exemptWhenKetoneNegativeAndWell does not apply when ketones tested negative and the
 * client reports no symptom
 * @param level how soon the physician must hear of it, for a limit that raises a red flag
 * @param conditionRedFlags for a client with one of these conditions, the response is that
 * condition's red flag (raised when the session log is signed: the client is referred back)
 */
public record SessionLimit(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE") String code,
		@NotNull SessionStage stage,
		@NotNull SessionReading reading,
		@NotNull Comparison operator,
		double value,
		@NotNull SessionDecision decision,
		boolean raisesRedFlag,
		@Nullable RedFlagLevel level,
		List<@NotBlank String> conditions,
		List<@NotBlank String> exceptConditions,
		List<@NotBlank String> medications,
		Boolean symptomatic,
		Boolean whenMissing,
		@Nullable KetoneState ketones,
		Boolean exemptWhenKetoneNegativeAndWell,
		@NotBlank String description,
		@NotBlank String action,
		@NotBlank String source,
		Map<@NotBlank String, @NotBlank String> conditionRedFlags) {

	public SessionLimit {
		conditionRedFlags = conditionRedFlags == null ? Map.of() : Map.copyOf(conditionRedFlags);
		conditions = conditions == null ? List.of() : List.copyOf(conditions);
		exceptConditions = exceptConditions == null ? List.of() : List.copyOf(exceptConditions);
		medications = medications == null ? List.of() : List.copyOf(medications);
		symptomatic = Boolean.TRUE.equals(symptomatic);
		whenMissing = Boolean.TRUE.equals(whenMissing);
		exemptWhenKetoneNegativeAndWell = Boolean.TRUE.equals(exemptWhenKetoneNegativeAndWell);
	}

	/** What the ketone test showed, as a glucose limit asks about it. */
	public enum KetoneState {
		PRESENT, NOT_TESTED
	}

	@AssertTrue(message = "before the session a limit HOLDs or STOPs; during it, it STOPs or ADJUSTs")
	public boolean isDecisionOfItsStage() {
		return stage == null || decision == null || (stage == SessionStage.BEFORE
				? decision != SessionDecision.ADJUST : decision != SessionDecision.HOLD);
	}

	@AssertTrue(message = "a limit that raises a red flag must give its level")
	public boolean isLevelGivenForRedFlags() {
		return !raisesRedFlag || level != null;
	}

	/** The same limit at a practice's stricter value. */
	public SessionLimit withValue(double stricter) {
		return new SessionLimit(code, stage, reading, operator, stricter, decision, raisesRedFlag, level, conditions,
				exceptConditions, medications, symptomatic, whenMissing, ketones, exemptWhenKetoneNegativeAndWell,
				description, action, source, conditionRedFlags);
	}

	/** Whether {@code other} is at least as strict: it stops readings this one lets through, never the reverse. */
	public boolean isStricterOrEqual(double other) {
		return switch (operator) {
			case ABOVE, AT_LEAST -> other <= value;
			case BELOW, AT_MOST -> other >= value;
		};
	}

}
