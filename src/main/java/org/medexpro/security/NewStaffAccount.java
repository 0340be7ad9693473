package org.medexpro.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an OWNER gives to open a staff account. Usernames are lower case, so they are
 * unique however they are typed.
 */
public record NewStaffAccount(
		@NotBlank @Size(min = 3, max = 50) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*",
				message = "use lower-case letters, digits, dots, dashes or underscores") String username,
		@NotNull @Size(max = 128) String password,
		@NotBlank @Size(max = 200) String displayName,
		@NotEmpty Set<@NotNull Role> roles) {
}
