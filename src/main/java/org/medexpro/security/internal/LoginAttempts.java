package org.medexpro.security.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and locks the account for a while at the limit, so a
 * password cannot be guessed by brute force. Failed and page logins are audited.
 */
@Component
class LoginAttempts {

	private final StaffAccountRepository accounts;

	private final SecurityProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	LoginAttempts(StaffAccountRepository accounts, SecurityProperties properties, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName().toLowerCase();
		if (username.length() > 100) {
			username = username.substring(0, 100);
		}
		accounts.recordFailedLogin(username, properties.maxFailedLogins(),
				OffsetDateTime.now(clock).plus(properties.lockout()));
		audit.recordFor(username, AuditAction.LOGIN_FAILED, "wrong username or password");
	}

	@EventListener
	@Transactional
	public void on(AuthenticationSuccessEvent event) {
		accounts.clearFailedLogins(event.getAuthentication().getName());
	}

	@EventListener
	public void on(InteractiveAuthenticationSuccessEvent event) {
		audit.recordFor(event.getAuthentication().getName(), AuditAction.LOGIN, "page login");
	}

}
