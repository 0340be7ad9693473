package org.medexpro.physicians;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A gatekeeper of a physician's practice and how they like to be reached. Not client information. */
public record Gatekeeper(UUID id, UUID physicianId, String name, GatekeeperRole role, @Nullable String phone,
		@Nullable String email, @Nullable ContactChannel preferredContact, @Nullable String note) {

	/** A gatekeeper as staff write them. */
	public record Data(@NotBlank @Size(max = 200) String name, @NotNull GatekeeperRole role,
			@Nullable @Size(max = 40) String phone, @Nullable @Email @Size(max = 254) String email,
			@Nullable ContactChannel preferredContact, @Nullable @Size(max = 500) String note) {
	}

}
