package org.medexpro.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medexpro.knowledge.MedicationClass;
import org.medexpro.knowledge.RedFlagDefinition;
import org.medexpro.knowledge.SessionDecision;
import org.medexpro.knowledge.internal.KnowledgeFiles;
import org.medexpro.shared.FieldErrorsException;

/**
 * Invariant 3 at every boundary of issue 5, against the shipped limits of
 * {@code knowledge/session-limits.yml}: the gate decides GO, HOLD or STOP exactly where the
 * reference's thresholds lie, adjusted by condition and medication.
 */
class VitalsGateTests {

	static final KnowledgeFiles FILES = KnowledgeFiles.from("classpath:knowledge/");

	static final VitalsGate GATE = new VitalsGate(FILES.sessionLimits(),
			FILES.redFlags().stream().collect(Collectors.toMap(RedFlagDefinition::code, f -> f)));

	static final VitalsGate.Client PLAIN = client(Set.of());

	@ParameterizedTest(name = "{0}/{1} mmHg, {2}: {3}")
	@CsvSource({
			"200, 80, , GO", "201, 80, , STOP", "120, 110, , GO", "120, 111, , STOP",
			"179, 80, HEART_FAILURE, GO", "180, 80, HEART_FAILURE, STOP", "130, 109, HEART_FAILURE, GO",
			"130, 110, HEART_FAILURE, STOP", "200, 80, HYPERTENSION, GO", "201, 80, HYPERTENSION, STOP" })
	void restingBloodPressure(int systolic, int diastolic, @Nullable String condition, GateDecision expected) {
		VitalsGate.Client client = condition == null ? PLAIN : client(Set.of(condition));
		assertThat(GATE.decide(readings(systolic, diastolic, 70, null, null, null), client).decision()).isEqualTo(expected);
	}

	@Test
	void aStopOnBloodPressureRaisesTheAbnormalVitalsRedFlagWithTheReading() {
		VitalsGate.Result result = GATE.decide(readings(201, 80, 70, null, null, null), PLAIN);
		assertThat(result.reasons()).extracting(GateReason::limit).containsExactly("RESTING_SYSTOLIC_ABOVE_200");
		assertThat(result.redFlags()).singleElement().satisfies(flag -> {
			assertThat(flag.code()).isEqualTo("RESTING_SYSTOLIC_ABOVE_200");
			assertThat(flag.observed()).contains("systolic 201 mmHg", "201/80 mmHg");
		});
	}

	@Test
	void lowBloodPressureStopsOnlyWithSymptoms() {
		assertThat(GATE.decide(readings(88, 60, 70, null, null, null), PLAIN).decision()).isEqualTo(GateDecision.GO);
		assertThat(GATE.decide(new VitalsReadings(88, 60, 70, null, null, null, List.of("UNWELL")), PLAIN).decision())
			.isEqualTo(GateDecision.STOP);
		assertThat(GATE.decide(new VitalsReadings(90, 60, 70, null, null, null, List.of("UNWELL")), PLAIN).decision())
			.isEqualTo(GateDecision.GO);
	}

	@ParameterizedTest(name = "glucose {0} mg/dL, on insulin {1}: {2}")
	@CsvSource({
			"53, false, STOP", "54, false, HOLD", "69, false, HOLD", "70, false, GO", "99, false, GO", "100, false, GO",
			"53, true, STOP", "54, true, HOLD", "69, true, HOLD", "70, true, HOLD", "99, true, HOLD", "100, true, GO" })
	void glucoseWithAndWithoutInsulin(int glucose, boolean insulin, GateDecision expected) {
		VitalsGate.Client client = insulin ? client(Set.of("TYPE_2_DIABETES"), "INSULIN") : client(Set.of("TYPE_2_DIABETES"));
		assertThat(GATE.decide(readings(128, 80, 70, null, glucose, null), client).decision()).isEqualTo(expected);
	}

	@Test
	void aSecretagogueCountsAsInsulinAndTheCarbohydrateAdviceIsGiven() {
		VitalsGate.Result result = GATE.decide(readings(128, 80, 70, null, 85, null),
				client(Set.of("TYPE_2_DIABETES"), "SULFONYLUREA_OR_MEGLITINIDE"));
		assertThat(result.decision()).isEqualTo(GateDecision.HOLD);
		assertThat(result.reasons().get(0).action()).contains("Carbohydrate first");
	}

	@ParameterizedTest(name = "glucose {0} mg/dL, ketones {1}: {2}")
	@CsvSource({
			"250, true, GO", "251, true, STOP", "250, false, GO", "251, false, GO", "251, , HOLD", "250, , GO",
			"300, false, GO", "301, false, GO", "301, , HOLD", "301, true, STOP" })
	void highGlucoseWithAndWithoutKetones(int glucose, @Nullable Boolean ketones, GateDecision expected) {
		assertThat(GATE.decide(readings(128, 80, 70, null, glucose, ketones), client(Set.of("TYPE_2_DIABETES"))).decision())
			.isEqualTo(expected);
	}

	@Test
	void glucoseAbove300HoldsAClientWhoIsUnwellEvenWhenKetoneNegative() {
		VitalsReadings unwell = new VitalsReadings(128, 80, 70, null, 301, false, List.of("UNWELL"));
		assertThat(GATE.decide(unwell, client(Set.of("TYPE_2_DIABETES"))).decision()).isEqualTo(GateDecision.HOLD);
	}

	@Test
	void aDiabeticClientIsHeldUntilGlucoseIsMeasured() {
		VitalsGate.Result result = GATE.decide(readings(128, 80, 70, null, null, null), client(Set.of("TYPE_2_DIABETES")));
		assertThat(result.decision()).isEqualTo(GateDecision.HOLD);
		assertThat(result.reasons()).extracting(GateReason::limit).containsExactly("GLUCOSE_NOT_MEASURED");
		assertThat(GATE.decide(readings(128, 80, 70, null, null, null), PLAIN).decision()).isEqualTo(GateDecision.GO);
	}

	@ParameterizedTest(name = "SpO2 {0} %, {1}: {2}")
	@CsvSource({ "87, COPD, STOP", "88, COPD, GO", "89, , STOP", "90, , GO", "89, COPD, GO", "89, HEART_FAILURE, STOP" })
	void oxygenSaturation(int spo2, @Nullable String condition, GateDecision expected) {
		VitalsGate.Client client = condition == null ? PLAIN : client(Set.of(condition));
		assertThat(GATE.decide(readings(128, 80, 70, spo2, null, null), client).decision()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "heart rate {0}, symptoms {1}: {2}")
	@CsvSource({ "120, false, GO", "121, false, STOP", "40, false, GO", "39, false, HOLD", "49, false, GO", "49, true, HOLD",
			"50, true, GO" })
	void restingHeartRate(int heartRate, boolean unwell, GateDecision expected) {
		VitalsReadings readings = new VitalsReadings(128, 80, heartRate, null, null, null, unwell ? List.of("UNWELL") : List.of());
		assertThat(GATE.decide(readings, PLAIN).decision()).isEqualTo(expected);
	}

	@Test
	void aBetaBlockerAddsTheNoteToUseRpeRatherThanHeartRate() {
		VitalsGate.Result result = GATE.decide(readings(128, 80, 58, null, null, null), client(Set.of(), "BETA_BLOCKER"));
		assertThat(result.decision()).isEqualTo(GateDecision.GO);
		assertThat(String.join(" ", result.notes())).containsIgnoringCase("RPE");
	}

	@Test
	void aReportedRedFlagSymptomStopsAndIsRaised() {
		VitalsGate.Result result = GATE.decide(new VitalsReadings(128, 80, 70, null, null, null, List.of("CHEST_PAIN")), PLAIN);
		assertThat(result.decision()).isEqualTo(GateDecision.STOP);
		assertThat(result.redFlags()).extracting(VitalsGate.RaisedFlag::code).containsExactly("CHEST_PAIN");
		assertThatThrownBy(() -> GATE.decide(new VitalsReadings(128, 80, 70, null, null, null, List.of("HICCUPS")), PLAIN))
			.isInstanceOf(FieldErrorsException.class)
			.hasMessageContaining("symptoms[0]");
	}

	@Test
	void theExerciseResponseIsFlaggedWithTheReferencesAdvice() {
		assertThat(GATE.response(new VitalsGate.Response(2, 4, null, null, null, null), null, PLAIN))
			.extracting(GateReason::limit).containsExactly("PAIN_RISE_AT_LEAST_2");
		assertThat(GATE.response(new VitalsGate.Response(2, 3, null, null, null, null), null, PLAIN)).isEmpty();
		assertThat(GATE.response(new VitalsGate.Response(5, 6, null, null, null, null), null, PLAIN))
			.extracting(GateReason::limit).containsExactly("PAIN_ABOVE_5");
		assertThat(GATE.response(new VitalsGate.Response(null, null, 118, 70, null, null), 128, PLAIN))
			.singleElement().satisfies(flag -> {
				assertThat(flag.limit()).isEqualTo("EXERCISE_SYSTOLIC_DROP_10");
				assertThat(flag.decision()).isEqualTo(SessionDecision.STOP);
			});
		assertThat(GATE.response(new VitalsGate.Response(null, null, 119, 70, null, null), 128, PLAIN)).isEmpty();
		assertThat(GATE.response(new VitalsGate.Response(null, null, 220, 104, null, 88), 150, PLAIN))
			.extracting(GateReason::limit).containsExactly("EXERCISE_SYSTOLIC_AT_LEAST_220");
		assertThat(GATE.response(new VitalsGate.Response(null, null, 150, 105, null, 87), 140, PLAIN))
			.extracting(GateReason::limit).containsExactlyInAnyOrder("EXERCISE_DIASTOLIC_AT_LEAST_105", "EXERCISE_SPO2_BELOW_88");
	}

	@Test
	void aPracticeMayOnlyMakeALimitStricter() {
		var limit = FILES.sessionLimits().stream().filter(l -> l.code().equals("RESTING_SYSTOLIC_ABOVE_200")).findFirst().orElseThrow();
		assertThat(limit.isStricterOrEqual(190)).isTrue();
		assertThat(limit.isStricterOrEqual(210)).isFalse();
		var low = FILES.sessionLimits().stream().filter(l -> l.code().equals("SPO2_BELOW_90")).findFirst().orElseThrow();
		assertThat(low.isStricterOrEqual(92)).isTrue();
		assertThat(low.isStricterOrEqual(85)).isFalse();
	}

	@Test
	void everyLimitSpeaksThePracticesLanguageWhereThePageShowsIt() {
		for (org.medexpro.knowledge.SessionLimit limit : FILES.sessionLimits()) {
			for (String text : List.of(limit.description(), limit.action(), limit.source())) {
				assertThat(org.medexpro.shared.ScopeLanguage.strayWords(text)).as(limit.code() + ": " + text).isEmpty();
			}
		}
	}

	private static VitalsReadings readings(int systolic, int diastolic, int heartRate, @Nullable Integer spo2,
			@Nullable Integer glucose, @Nullable Boolean ketones) {
		return new VitalsReadings(systolic, diastolic, heartRate, spo2, glucose, ketones, List.of());
	}

	private static VitalsGate.Client client(Set<String> conditions, String... medications) {
		Map<String, MedicationClass> classes = FILES.medicationClasses().stream()
			.collect(Collectors.toMap(MedicationClass::code, m -> m));
		return new VitalsGate.Client(conditions, java.util.Arrays.stream(medications).map(classes::get).toList());
	}

}
