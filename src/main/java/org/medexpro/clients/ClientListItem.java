package org.medexpro.clients;

import java.time.LocalDate;
import java.util.UUID;

/** A client as a search result lists them. */
public record ClientListItem(UUID id, String firstName, String lastName, LocalDate dateOfBirth, ClientStatus status) {

	public String fullName() {
		return firstName + " " + lastName;
	}

}
