package org.medexpro.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.security.internal.PasswordPolicy;
import org.medexpro.security.internal.StaffAccountRepository;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: opening them (OWNER), listing them, and disabling a departed member
 * (their logins and tokens stop working at once). Every change is in the audit trail.
 */
@Service
public class StaffService {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	StaffService(StaffAccountRepository accounts, PasswordEncoder passwords, PasswordPolicy policy, AuditTrail audit,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens an account. The password must pass the policy (at least 12 characters, not a
	 * common password, not the username).
	 * @throws FieldErrorsException naming {@code username} or {@code password}
	 */
	@Transactional
	public StaffMember create(NewStaffAccount account) {
		String username = account.username().toLowerCase();
		policy.check(username, account.password()).ifPresent(problem -> {
			throw new FieldErrorsException("password", problem);
		});
		if (accounts.exists(username)) {
			throw new FieldErrorsException("username", "is already taken");
		}
		StaffMember member = accounts.insert(username, account.displayName().strip(),
				passwords.encode(account.password()), account.roles(), OffsetDateTime.now(clock), CurrentStaff.username());
		audit.record(AuditAction.SECURITY_CHANGE, "StaffAccount", username, null, "created with roles " + account.roles());
		return member;
	}

	@Transactional(readOnly = true)
	public List<StaffMember> list() {
		return accounts.findAll();
	}

	@Transactional(readOnly = true)
	public Optional<StaffMember> find(String username) {
		return accounts.find(username.toLowerCase());
	}

	/** The enabled staff who hold a role, e.g. the trainers a client's care team may include. */
	@Transactional(readOnly = true)
	public List<StaffMember> withRole(Role role) {
		return accounts.findAll().stream().filter(m -> m.enabled() && m.has(role)).toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return accounts.count();
	}

	/**
	 * Changes the signed-in staff member's own password, which needs the current one.
	 * @throws FieldErrorsException naming {@code currentPassword} or {@code newPassword}
	 */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		String username = CurrentStaff.username();
		var credentials = accounts.credentials(username).orElseThrow(() -> new NotFoundException("Staff member"));
		if (!passwords.matches(currentPassword, credentials.passwordHash())) {
			throw new FieldErrorsException("currentPassword", "is not your current password");
		}
		setPassword(username, newPassword, "newPassword", "password changed by its owner");
	}

	/** Sets a new password for a staff member who lost theirs (OWNER). */
	@Transactional
	public void resetPassword(String username, String newPassword) {
		if (!accounts.exists(username)) {
			throw new NotFoundException("Staff member");
		}
		setPassword(username, newPassword, "newPassword", "password reset by " + CurrentStaff.username());
	}

	private void setPassword(String username, String newPassword, String field, String detail) {
		policy.check(username, newPassword).ifPresent(problem -> {
			throw new FieldErrorsException(field, problem);
		});
		accounts.updatePassword(username, passwords.encode(newPassword));
		audit.record(AuditAction.SECURITY_CHANGE, "StaffAccount", username, null, detail);
	}

	/** Enables or disables an account; a disabled member can neither log in nor use a token. */
	@Transactional
	public StaffMember setEnabled(String username, boolean enabled) {
		if (!accounts.setEnabled(username, enabled)) {
			throw new NotFoundException("Staff member");
		}
		audit.record(AuditAction.SECURITY_CHANGE, "StaffAccount", username, null, enabled ? "enabled" : "disabled");
		return accounts.find(username).orElseThrow();
	}

}
