package org.medexpro.clients;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client's registry record: demographics, contact, emergency contact and consent. Health
 * information: every read of it is audited.
 *
 * @param version the edit version; send it back with an update so that a stale edit is refused
 */
public record ClientDetails(UUID id, String firstName, String lastName, LocalDate dateOfBirth, Sex sex,
		@Nullable String email, @Nullable String phone, @Nullable String addressLine, @Nullable String city,
		@Nullable String state, @Nullable String postalCode, @Nullable String emergencyContactName, @Nullable String emergencyContactPhone,
		@Nullable String emergencyContactRelationship, boolean consentToShare, @Nullable LocalDate consentDate,
		ClientStatus status, int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
		String updatedBy) {

	public String fullName() {
		return firstName + " " + lastName;
	}

}
