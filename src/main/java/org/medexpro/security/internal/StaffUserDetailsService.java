package org.medexpro.security.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.medexpro.security.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a staff account for form and Basic login. A locked account is refused before its
 * password is checked.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	private final Clock clock;

	StaffUserDetailsService(StaffAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.credentials(username.toLowerCase())
			.map(c -> User.withUsername(c.username())
				.password(c.passwordHash())
				.authorities(c.roles().stream().map(Role::authority).toArray(String[]::new))
				.disabled(!c.enabled())
				.accountLocked(c.lockedUntil() != null && c.lockedUntil().isAfter(OffsetDateTime.now(clock)))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

}
