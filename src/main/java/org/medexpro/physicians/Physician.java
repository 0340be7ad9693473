package org.medexpro.physicians;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A physician of the practice's medical network. Not client health information. */
public record Physician(UUID id, String name, @Nullable String practice, @Nullable String phone, @Nullable String fax,
		@Nullable String email, @Nullable String npi, int version) {
}
