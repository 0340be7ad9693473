package org.medexpro.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the shared test context: the system clock, unless a test pins
 * it to an instant (and moves it) to check a rule exactly at its boundary. Tests run one at a
 * time; a test that pins the clock releases it in a finally block.
 */
public final class TestClock extends Clock {

	private final Clock system;

	private final AtomicReference<@Nullable Instant> pinned;

	private TestClock(Clock system, AtomicReference<@Nullable Instant> pinned) {
		this.system = system;
		this.pinned = pinned;
	}

	public void pin(Instant instant) {
		pinned.set(instant);
	}

	public void advance(Duration duration) {
		pinned.updateAndGet(i -> (i == null ? system.instant() : i).plus(duration));
	}

	public void release() {
		pinned.set(null);
	}

	@Override
	public Instant instant() {
		Instant at = pinned.get();
		return at == null ? system.instant() : at;
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new TestClock(system.withZone(zone), pinned); // the same pin in every zone
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Registration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Clock.systemDefaultZone(), new AtomicReference<>());
		}

	}

}
