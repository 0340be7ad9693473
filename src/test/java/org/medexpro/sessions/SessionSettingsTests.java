package org.medexpro.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The practice's session settings as they are read at start-up: a practice may make the rules
 * stricter, never laxer. Each case starts only the settings (on the shared context's
 * knowledge), not a second application.
 */
@MedexIntegrationTest
class SessionSettingsTests {

	@Autowired
	KnowledgeBase knowledge;

	@Test
	void moreThanTwentyFourHoursToSignIsRefusedAtStartUpNamingTheSetting() {
		settings("medex.sessions.sign-within=25h").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("medex.sessions.sign-within=PT25H")
				.hasMessageContaining("at most 24h");
		});
		settings("medex.sessions.sign-within=0s").run(context -> assertThat(context).hasFailed());
	}

	@Test
	void aShorterTimeToSignIsTheDeadline() {
		settings("medex.sessions.sign-within=12h").run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SessionSettings.class).signWithin()).isEqualTo(Duration.ofHours(12));
		});
		settings().run(context -> assertThat(context.getBean(SessionSettings.class).signWithin()).isEqualTo(Duration.ofHours(24)));
	}

	@Test
	void aLaxerSafetyGateLimitIsRefusedAtStartUpNamingTheSetting() {
		settings("medex.sessions.limits.RESTING_SYSTOLIC_ABOVE_200=210").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("medex.sessions.limits.RESTING_SYSTOLIC_ABOVE_200=210")
				.hasMessageContaining("laxer than the shipped limit");
		});
		settings("medex.sessions.limits.RESTING_SYSTOLIC_ABOVE_999=180").run(context -> assertThat(context.getStartupFailure())
			.rootCause().hasMessageContaining("medex.sessions.limits.RESTING_SYSTOLIC_ABOVE_999"));
	}

	@Test
	void aStricterSafetyGateLimitIsWhatTheGateStopsAt() {
		VitalsReadings systolic190 = new VitalsReadings(190, 80, 70, null, null, null, List.of());
		VitalsReadings systolic180 = new VitalsReadings(180, 80, 70, null, null, null, List.of());
		VitalsGate.Client plain = new VitalsGate.Client(Set.of(), List.of());
		settings("medex.sessions.limits.RESTING_SYSTOLIC_ABOVE_200=180").run(context -> {
			VitalsGate gate = new VitalsGate(context.getBean(SessionSettings.class).limits(), Map.of());
			VitalsGate.Result stop = gate.decide(systolic190, plain);
			assertThat(stop.decision()).isEqualTo(GateDecision.STOP);
			assertThat(stop.reasons()).extracting(GateReason::limit).containsExactly("RESTING_SYSTOLIC_ABOVE_200");
			assertThat(stop.reasons().get(0).observed()).contains("systolic 190 mmHg", "180");
			assertThat(gate.decide(systolic180, plain).decision()).isEqualTo(GateDecision.GO);
		});
		settings().run(context -> assertThat(new VitalsGate(context.getBean(SessionSettings.class).limits(), Map.of())
			.decide(systolic190, plain).decision()).isEqualTo(GateDecision.GO));
	}

	/** The settings bean alone, bound from these properties, on the application's knowledge. */
	private ApplicationContextRunner settings(String... properties) {
		return new ApplicationContextRunner().withBean(KnowledgeBase.class, () -> knowledge)
			.withUserConfiguration(SessionSettings.Registration.class)
			.withBean(SessionSettings.class)
			.withPropertyValues(properties);
	}

}
