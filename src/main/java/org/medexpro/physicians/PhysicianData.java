package org.medexpro.physicians;

import org.jspecify.annotations.Nullable;

/** What staff write about a physician; checked by the form or request that carries it. */
public record PhysicianData(String name, @Nullable String practice, @Nullable String phone, @Nullable String fax,
		@Nullable String email, @Nullable String npi, @Nullable ContactChannel preferredContact) {

	public PhysicianData(String name, @Nullable String practice, @Nullable String phone, @Nullable String fax,
			@Nullable String email, @Nullable String npi) {
		this(name, practice, phone, fax, email, npi, null);
	}

}
