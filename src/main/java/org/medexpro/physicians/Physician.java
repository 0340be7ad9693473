package org.medexpro.physicians;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A physician of the practice's medical network. Not client health information.
 *
 * @param preferredContact how the office likes to receive reports, when it said
 */
public record Physician(UUID id, String name, @Nullable String practice, @Nullable String phone, @Nullable String fax,
		@Nullable String email, @Nullable String npi, @Nullable ContactChannel preferredContact, int version) {
}
