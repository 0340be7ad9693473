package org.medexpro.sessions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.medexpro.knowledge.MedicationClass;
import org.medexpro.knowledge.RedFlagDefinition;
import org.medexpro.knowledge.SessionDecision;
import org.medexpro.knowledge.SessionLimit;
import org.medexpro.knowledge.SessionReading;
import org.medexpro.knowledge.SessionStage;
import org.medexpro.shared.FieldErrorsException;

/**
 * The pre-session safety gate and the exercise-response check (invariant 3), as plain rules
 * over the limits of {@code knowledge/session-limits.yml}: no database, no clock, so every
 * boundary can be tested directly.
 */
final class VitalsGate {

	/** What the gate knows of the client: active conditions and medication classes. */
	record Client(Set<String> conditions, List<MedicationClass> medications) {

		boolean takes(String medicationClass) {
			return medications.stream().anyMatch(m -> m.code().equals(medicationClass));
		}

	}

	/** A red flag the decision raises, with what was observed. */
	record RaisedFlag(String code, String description, String level, String observed) {
	}

	record Result(GateDecision decision, List<GateReason> reasons, List<String> notes, List<RaisedFlag> redFlags) {
	}

	/** An exercise as logged, for the response check. */
	record Response(@Nullable Integer painBefore, @Nullable Integer painAfter, @Nullable Integer systolic,
			@Nullable Integer diastolic, @Nullable Integer heartRate, @Nullable Integer spo2) {
	}

	private final List<SessionLimit> limits;

	private final Map<String, RedFlagDefinition> redFlags;

	VitalsGate(List<SessionLimit> limits, Map<String, RedFlagDefinition> redFlags) {
		this.limits = List.copyOf(limits);
		this.redFlags = Map.copyOf(redFlags);
	}

	Result decide(VitalsReadings readings, Client client) {
		List<GateReason> reasons = new ArrayList<>();
		List<RaisedFlag> raised = new ArrayList<>();
		for (int i = 0; i < readings.symptoms().size(); i++) {
			String symptom = readings.symptoms().get(i);
			if (symptom.equals(VitalsReadings.UNWELL)) {
				continue;
			}
			RedFlagDefinition flag = redFlags.get(symptom);
			if (flag == null) {
				throw new FieldErrorsException("symptoms[" + i + "]", "is not a red flag of the catalogue or of the client's conditions, nor UNWELL");
			}
			reasons.add(new GateReason(flag.code(), SessionDecision.STOP, flag.description(), "reported by the client today",
					"No training today: refer the client back to the physician." + (flag.escalation() == null ? "" : " " + flag.escalation()),
					flag.source(), flag.code()));
			raised.add(new RaisedFlag(flag.code(), flag.description(), flag.level().name(), "reported before the session"));
		}
		for (SessionLimit limit : limits) {
			if (limit.stage() != SessionStage.BEFORE || !appliesTo(limit, client, readings.symptomatic())) {
				continue;
			}
			Integer value = before(limit.reading(), readings);
			if (limit.whenMissing() ? value != null : value == null || !meets(limit, value, readings)) {
				continue;
			}
			String observed = value == null ? "not measured" : observed(limit, value);
			reasons.add(new GateReason(limit.code(), limit.decision(), limit.description(), observed, limit.action(),
					limit.source(), limit.raisesRedFlag() && limit.decision() == SessionDecision.STOP ? limit.code() : null));
			if (limit.raisesRedFlag() && limit.decision() == SessionDecision.STOP) {
				raised.add(new RaisedFlag(limit.code(), limit.description(), String.valueOf(limit.level()),
						observed + " before the session (" + readings.describe() + ")"));
			}
		}
		reasons.sort(Comparator.comparing(GateReason::decision, Comparator.comparingInt(VitalsGate::severity).reversed()));
		GateDecision decision = reasons.stream().anyMatch(r -> r.decision() == SessionDecision.STOP) ? GateDecision.STOP
				: reasons.isEmpty() ? GateDecision.GO : GateDecision.HOLD;
		List<String> notes = client.medications().stream().map(m -> m.name() + ": " + m.effect()).toList();
		return new Result(decision, List.copyOf(reasons), notes, List.copyOf(raised));
	}

	/** The exercise response of one logged exercise against the DURING limits; {@code preSystolic} from the gate. */
	List<GateReason> response(Response response, @Nullable Integer preSystolic, Client client) {
		List<GateReason> flags = new ArrayList<>();
		for (SessionLimit limit : limits) {
			if (limit.stage() != SessionStage.DURING || !appliesTo(limit, client, false)) {
				continue;
			}
			Integer value = during(limit.reading(), response, preSystolic);
			if (value != null && limit.operator().test(value, limit.value())) {
				flags.add(new GateReason(limit.code(), limit.decision(), limit.description(), observed(limit, value),
						limit.action(), limit.source(), null));
			}
		}
		return flags;
	}

	private static boolean appliesTo(SessionLimit limit, Client client, boolean symptomatic) {
		return (limit.conditions().isEmpty() || limit.conditions().stream().anyMatch(client.conditions()::contains))
				&& limit.exceptConditions().stream().noneMatch(client.conditions()::contains)
				&& (limit.medications().isEmpty() || limit.medications().stream().anyMatch(client::takes))
				&& (!limit.symptomatic() || symptomatic);
	}

	private static boolean meets(SessionLimit limit, int value, VitalsReadings readings) {
		if (limit.ketones() == SessionLimit.KetoneState.PRESENT && !Boolean.TRUE.equals(readings.ketones())) {
			return false;
		}
		if (limit.ketones() == SessionLimit.KetoneState.NOT_TESTED && readings.ketones() != null) {
			return false;
		}
		if (limit.exemptWhenKetoneNegativeAndWell() && Boolean.FALSE.equals(readings.ketones()) && !readings.symptomatic()) {
			return false;
		}
		return limit.operator().test(value, limit.value());
	}

	private static @Nullable Integer before(SessionReading reading, VitalsReadings r) {
		return switch (reading) {
			case SYSTOLIC -> r.systolic();
			case DIASTOLIC -> r.diastolic();
			case HEART_RATE -> r.heartRate();
			case SPO2 -> r.spo2();
			case GLUCOSE -> r.glucose();
			case SYSTOLIC_DROP, PAIN, PAIN_RISE -> null;
		};
	}

	private static @Nullable Integer during(SessionReading reading, Response r, @Nullable Integer preSystolic) {
		return switch (reading) {
			case SYSTOLIC -> r.systolic();
			case DIASTOLIC -> r.diastolic();
			case HEART_RATE -> r.heartRate();
			case SPO2 -> r.spo2();
			case GLUCOSE -> null;
			case SYSTOLIC_DROP -> preSystolic == null || r.systolic() == null ? null : preSystolic - r.systolic();
			case PAIN -> r.painAfter();
			case PAIN_RISE -> r.painBefore() == null || r.painAfter() == null ? null : r.painAfter() - r.painBefore();
		};
	}

	private static String observed(SessionLimit limit, int value) {
		String what = switch (limit.reading()) {
			case SYSTOLIC -> "systolic " + value + " mmHg";
			case DIASTOLIC -> "diastolic " + value + " mmHg";
			case HEART_RATE -> "heart rate " + value + " beats/min";
			case SPO2 -> "SpO2 " + value + " %";
			case GLUCOSE -> "glucose " + value + " mg/dL";
			case SYSTOLIC_DROP -> "systolic " + value + " mmHg below the pre-session reading";
			case PAIN -> "pain " + value + "/10";
			case PAIN_RISE -> "pain up " + value + " points";
		};
		return what + " (limit: " + limit.operator().symbol() + " " + format(limit.value()) + ")";
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	private static int severity(SessionDecision decision) {
		return switch (decision) {
			case STOP -> 3;
			case HOLD -> 2;
			case ADJUST -> 1;
		};
	}

}
