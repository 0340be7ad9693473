package org.medexpro.security.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code medex.security.*}: failed logins before an account locks, and for how long
 * (NIST SP 800-63B allows at most 100 consecutive failures; we lock far earlier).
 */
@ConfigurationProperties("medex.security")
record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {
}
