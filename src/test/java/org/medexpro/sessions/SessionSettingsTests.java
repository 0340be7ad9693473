package org.medexpro.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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

	/** The settings bean alone, bound from these properties, on the application's knowledge. */
	private ApplicationContextRunner settings(String... properties) {
		return new ApplicationContextRunner().withBean(KnowledgeBase.class, () -> knowledge)
			.withUserConfiguration(SessionSettings.Registration.class)
			.withBean(SessionSettings.class)
			.withPropertyValues(properties);
	}

}
