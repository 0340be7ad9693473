package org.medexpro.clients;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What staff write about a client when registering or editing them; checked by the form
 * or request that carries it before it gets here.
 */
public record ClientData(String firstName, String lastName, LocalDate dateOfBirth, Sex sex, @Nullable String email,
		@Nullable String phone, @Nullable String addressLine, @Nullable String city, @Nullable String state, @Nullable String postalCode,
		@Nullable String emergencyContactName, @Nullable String emergencyContactPhone,
		@Nullable String emergencyContactRelationship, @Nullable Boolean consentToShare,
		@Nullable LocalDate consentDate) {

	/** Only the name and birth data, as {@code POST /clients} in API.md needs at least. */
	public static ClientData of(String firstName, String lastName, LocalDate dateOfBirth, Sex sex) {
		return new ClientData(firstName, lastName, dateOfBirth, sex, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	public boolean consents() {
		return Boolean.TRUE.equals(consentToShare);
	}

}
