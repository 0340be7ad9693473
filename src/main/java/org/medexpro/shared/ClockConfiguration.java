package org.medexpro.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the practice's time zone, so rules that depend on time (lock-outs,
 * break-glass expiry, the 24-hour rule) can be tested with a fixed one.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** The practice's clock: "today" is the practice's date ({@code medex.time-zone}). */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(PracticeTime time) {
		return Clock.system(time.zone());
	}

}
