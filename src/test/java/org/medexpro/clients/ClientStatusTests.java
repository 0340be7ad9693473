package org.medexpro.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClientStatusTests {

	@Test
	void followsTheNormalPathOfAClient() {
		assertThat(ClientStatus.REFERRED.canMoveTo(ClientStatus.INTAKE)).isTrue();
		assertThat(ClientStatus.INTAKE.canMoveTo(ClientStatus.CLEARANCE_REQUIRED)).isTrue();
		assertThat(ClientStatus.CLEARANCE_REQUIRED.canMoveTo(ClientStatus.ACTIVE)).isTrue();
		assertThat(ClientStatus.ACTIVE.canMoveTo(ClientStatus.DISCHARGED)).isTrue();
	}

	@Test
	void skipsNoStepOfTheIntake() {
		assertThat(ClientStatus.REFERRED.canMoveTo(ClientStatus.ACTIVE)).isFalse();
		assertThat(ClientStatus.DISCHARGED.canMoveTo(ClientStatus.ACTIVE)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(ClientStatus.class)
	void neverMovesAClientToTheStatusTheyAreIn(ClientStatus status) {
		assertThat(status.canMoveTo(status)).isFalse();
		assertThat(status.next()).isNotEmpty();
	}

}
