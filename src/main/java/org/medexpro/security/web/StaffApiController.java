package org.medexpro.security.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.security.Access;
import org.medexpro.security.ApiTokenService;
import org.medexpro.security.ApiTokenView;
import org.medexpro.security.NewStaffAccount;
import org.medexpro.security.StaffMember;
import org.medexpro.security.StaffService;
import org.medexpro.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.medexpro.security.CurrentStaff;

@RestController
@RequestMapping("/api/v1")
class StaffApiController {

	private final StaffService staff;

	private final ApiTokenService tokens;

	StaffApiController(StaffService staff, ApiTokenService tokens) {
		this.staff = staff;
		this.tokens = tokens;
	}

	record EnabledChange(boolean enabled) {
	}

	record PasswordChange(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {
	}

	record PasswordReset(@NotBlank @Size(max = 128) String newPassword) {
	}

	record NewToken(@NotBlank @Size(max = 100) String name, @Nullable @Min(1) @Max(365) Integer validDays) {

		int days() {
			return validDays == null ? 90 : validDays;
		}

	}

	@PostMapping("/staff")
	@PreAuthorize(Access.OWNER)
	ResponseEntity<StaffMember> create(@Valid @RequestBody NewStaffAccount account) {
		StaffMember member = staff.create(account);
		return ResponseEntity.created(URI.create("/api/v1/staff/" + member.username())).body(member);
	}

	@GetMapping("/staff")
	@PreAuthorize(Access.OWNER)
	List<StaffMember> list() {
		return staff.list();
	}

	@GetMapping("/staff/{username}")
	@PreAuthorize(Access.OWNER)
	StaffMember show(@PathVariable String username) {
		return staff.find(username).orElseThrow(() -> new NotFoundException("Staff member"));
	}

	@PostMapping("/staff/{username}/enabled")
	@PreAuthorize(Access.OWNER)
	StaffMember setEnabled(@PathVariable String username, @RequestBody EnabledChange change) {
		return staff.setEnabled(username, change.enabled());
	}

	@PostMapping("/staff/{username}/tokens")
	@PreAuthorize(Access.OWNER)
	ResponseEntity<ApiTokenView> createFor(@PathVariable String username, @Valid @RequestBody NewToken token) {
		ApiTokenView created = tokens.create(username, token.name(), token.days());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.id())).body(created);
	}

	@PostMapping("/account/password")
	@PreAuthorize(Access.STAFF)
	ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange change) {
		staff.changeOwnPassword(change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/staff/{username}/password")
	@PreAuthorize(Access.OWNER)
	ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset reset) {
		staff.resetPassword(username, reset.newPassword());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/tokens")
	@PreAuthorize(Access.STAFF)
	List<ApiTokenView> myTokens() {
		return tokens.list(CurrentStaff.username());
	}

	@PostMapping("/tokens")
	@PreAuthorize(Access.STAFF)
	ResponseEntity<ApiTokenView> createMine(@Valid @RequestBody NewToken token) {
		ApiTokenView created = tokens.create(CurrentStaff.username(), token.name(), token.days());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.id())).body(created);
	}

	@DeleteMapping("/tokens/{id}")
	@PreAuthorize(Access.STAFF)
	ResponseEntity<Void> revoke(@PathVariable java.util.UUID id) {
		tokens.revoke(id);
		return ResponseEntity.noContent().build();
	}

}
