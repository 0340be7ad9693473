package org.medexpro.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medexpro.security.internal.PasswordPolicy;

class PasswordPolicyTests {

	final PasswordPolicy policy = newPolicy();

	@Test
	void acceptsALongPassphraseOfAnyCharacters() {
		assertThat(policy.check("alex", "correct horse battery staple")).isEmpty();
		assertThat(policy.check("alex", "Übung-macht-den-Meister ✓")).isEmpty();
	}

	@Test
	void refusesShortCommonRepetitiveOrPersonalPasswords() {
		assertThat(policy.check("alex", "Sh0rt!pass")).hasValueSatisfying(m -> assertThat(m).contains("12"));
		assertThat(policy.check("alex", "password1234")).hasValueSatisfying(m -> assertThat(m).contains("common"));
		assertThat(policy.check("alex", "aaaaaaaaaaaaaaab")).hasValueSatisfying(m -> assertThat(m).contains("repetitive"));
		assertThat(policy.check("alex.rivera", "my-name-is-Alex.Rivera")).hasValueSatisfying(m -> assertThat(m).contains("username"));
		assertThat(policy.check("alex", "x".repeat(64) + "yz1!" + "q".repeat(70))).hasValueSatisfying(m -> assertThat(m).contains("128"));
	}

	private static PasswordPolicy newPolicy() {
		try {
			var constructor = PasswordPolicy.class.getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
