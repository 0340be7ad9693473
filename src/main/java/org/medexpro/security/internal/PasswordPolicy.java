package org.medexpro.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The password rule of NIST SP 800-63B and OWASP ASVS 6.2: long enough, not known to
 * attackers, not the username; no composition rules, any characters, up to 128.
 */
@Component
public class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		try (InputStream in = getClass().getResourceAsStream("/security/common-passwords.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			this.common = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(String::toLowerCase).collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Why the password is refused, or empty when it is acceptable. */
	public Optional<String> check(String username, String password) {
		if (password.length() < MINIMUM_LENGTH) {
			return Optional.of("must have at least " + MINIMUM_LENGTH + " characters");
		}
		if (password.length() > MAXIMUM_LENGTH) {
			return Optional.of("must have at most " + MAXIMUM_LENGTH + " characters");
		}
		String lower = password.toLowerCase();
		if (common.contains(lower)) {
			return Optional.of("is a commonly used password; choose another");
		}
		if (lower.contains(username.toLowerCase())) {
			return Optional.of("must not contain the username");
		}
		if (password.chars().distinct().count() < 4) {
			return Optional.of("is too repetitive");
		}
		return Optional.empty();
	}

}
