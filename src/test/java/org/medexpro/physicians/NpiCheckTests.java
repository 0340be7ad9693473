package org.medexpro.physicians;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiCheckTests {

	@ParameterizedTest
	@ValueSource(strings = { "1234567893", "1245319599", "1003000126" })
	void acceptsNpisWithTheirCheckDigit(String npi) {
		assertThat(NpiCheck.isValid(npi)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "123456789", "12345678931", "12345abc93", "" })
	void refusesMistypedNpis(String npi) {
		assertThat(NpiCheck.isValid(npi)).isFalse();
	}

}
