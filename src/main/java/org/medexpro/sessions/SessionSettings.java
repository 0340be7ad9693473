package org.medexpro.sessions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.SessionLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The practice's session settings ({@code medex.sessions.*}): the RPE scale, how long a log may
 * stay unsigned (24 hours at most), and stricter values for the gate's limits. A value that
 * would let through a reading the shipped limit stops, or give longer than 24 hours to sign,
 * is refused at start-up, naming the setting.
 */
@Component
class SessionSettings {

	@ConfigurationProperties("medex.sessions")
	record Properties(@DefaultValue("BORG_6_20") RpeScale rpeScale, @DefaultValue("24h") Duration signWithin,
			@DefaultValue Map<String, Double> limits) {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(Properties.class)
	static class Registration {
	}

	private final Properties properties;

	private final List<SessionLimit> limits;

	/** The 24-hour rule: a practice may sign sooner, never later. */
	static final Duration LONGEST_SIGN_WITHIN = Duration.ofHours(24);

	SessionSettings(Properties properties, KnowledgeBase knowledge) {
		if (properties.signWithin().isNegative() || properties.signWithin().isZero()
				|| properties.signWithin().compareTo(LONGEST_SIGN_WITHIN) > 0) {
			throw new IllegalStateException("medex.sessions.sign-within=" + properties.signWithin()
					+ " is not allowed: the 24-hour rule lets a practice only shorten the time to sign a log (more than 0, at most 24h)");
		}
		this.properties = properties;
		List<SessionLimit> effective = new ArrayList<>();
		for (SessionLimit limit : knowledge.sessionLimits()) {
			Double practice = properties.limits().get(limit.code());
			if (practice != null && !limit.isStricterOrEqual(practice)) {
				throw new IllegalStateException("medex.sessions.limits." + limit.code() + "=" + practice
						+ " is laxer than the shipped limit (" + limit.operator().symbol() + " " + limit.value()
						+ "): a practice may only make the safety gate stricter");
			}
			effective.add(practice == null ? limit : limit.withValue(practice));
		}
		for (String code : properties.limits().keySet()) {
			if (knowledge.sessionLimits().stream().noneMatch(l -> l.code().equals(code))) {
				throw new IllegalStateException("medex.sessions.limits." + code
						+ " names no limit of knowledge/session-limits.yml");
			}
		}
		this.limits = List.copyOf(effective);
	}

	List<SessionLimit> limits() {
		return limits;
	}

	RpeScale rpeScale() {
		return properties.rpeScale();
	}

	Duration signWithin() {
		return properties.signWithin();
	}

}
