package org.medexpro.security.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.medexpro.security.NewStaffAccount;
import org.medexpro.security.Role;

/** The page form that opens a staff account. */
class StaffForm {

	@NotBlank
	@Size(min = 3, max = 50)
	@Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "use lower-case letters, digits, dots, dashes or underscores")
	private String username = "";

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@Size(max = 128)
	private String password = "";

	@NotEmpty(message = "choose at least one role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	NewStaffAccount toAccount() {
		return new NewStaffAccount(username, password, displayName, roles);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

}
