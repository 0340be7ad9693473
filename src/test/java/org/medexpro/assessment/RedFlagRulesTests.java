package org.medexpro.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientStatus;
import org.medexpro.knowledge.RedFlagDefinition;
import org.medexpro.knowledge.VitalLimit;
import org.medexpro.knowledge.internal.KnowledgeFiles;
import org.medexpro.security.Role;
import org.medexpro.shared.RuleViolationException;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over the data itself: every red-flag symptom of the catalogue, and every resting-vital
 * limit that raises a red flag, holds the client for clearance; the guard refuses
 * training naming the flag.
 */
@MedexIntegrationTest
class RedFlagRulesTests {

	static final KnowledgeFiles knowledge = KnowledgeFiles.from("classpath:knowledge/");

	@Autowired
	Fixtures fixtures;

	@Autowired
	AssessmentService assessment;

	@Autowired
	TrainingGuard guard;

	static Stream<Arguments> symptoms() {
		return knowledge.redFlags().stream().map(f -> Arguments.of(Named.of(f.code(), f)));
	}

	static Stream<Arguments> vitalLimits() {
		return knowledge.vitalLimits().stream().filter(VitalLimit::raisesRedFlag).map(l -> Arguments.of(Named.of(l.code(), l)));
	}

	@ParameterizedTest
	@MethodSource("symptoms")
	void holdsTheClientForEveryRedFlagSymptom(RedFlagDefinition flag) {
		IntakeData intake = new IntakeData(null, null, null, null, null, null, List.of(flag.code()), null, null, null, null, null);
		check(intake, flag.code());
	}

	@ParameterizedTest
	@MethodSource("vitalLimits")
	void holdsTheClientForEveryUnsafeRestingVital(VitalLimit limit) {
		int reading = (int) Math.round(switch (limit.operator()) {
			case AT_LEAST, AT_MOST -> limit.value();
			case ABOVE -> Math.floor(limit.value()) + 1;
			case BELOW -> Math.ceil(limit.value()) - 1;
		});
		Integer systolic = limit.vital().name().equals("SYSTOLIC") ? reading : null;
		Integer diastolic = limit.vital().name().equals("DIASTOLIC") ? reading : null;
		Integer heartRate = limit.vital().name().equals("HEART_RATE") ? reading : null;
		Integer spo2 = limit.vital().name().equals("SPO2") ? reading : null;
		Integer glucose = limit.vital().name().equals("GLUCOSE") ? reading : null;
		IntakeData intake = new IntakeData(null, null, null, null, null, null, null, null,
				new IntakeData.Vitals(systolic, diastolic, heartRate, spo2, glucose, limit.ketones()), null, null, null);
		check(intake, limit.code());
	}

	private void check(IntakeData intake, String expectedFlag) {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(trainer);
		IntakeResult result = Fixtures.as(trainer, Set.of(Role.TRAINER), () -> assessment.recordIntake(client.id(), intake));
		assertThat(result.redFlags()).extracting(IntakeResult.RedFlagView::code).contains(expectedFlag);
		assertThat(result.clearanceRequired()).isTrue();
		assertThat(result.status()).isEqualTo(ClientStatus.CLEARANCE_REQUIRED);
		try {
			guard.requireClearedForTraining(client.id());
			throw new AssertionError("training was not refused");
		}
		catch (RuleViolationException refused) {
			assertThat(refused.rule()).isEqualTo(TrainingGuard.RULE);
			assertThat(refused.getMessage()).contains(expectedFlag);
		}
	}

}
