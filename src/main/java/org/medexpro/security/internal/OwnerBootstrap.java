package org.medexpro.security.internal;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.medexpro.security.NewStaffAccount;
import org.medexpro.security.Role;
import org.medexpro.security.StaffService;
import org.medexpro.shared.FieldErrorsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: when no staff account exists, opens the OWNER account from
 * {@code medex.admin.username} and {@code medex.admin.password}. Without a password one is
 * generated and printed once, since nobody could log in otherwise.
 */
@Component
@Order(0)
class OwnerBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OwnerBootstrap.class);

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final StaffService staff;

	private final String username;

	private final String password;

	OwnerBootstrap(StaffService staff, @Value("${medex.admin.username:owner}") String username,
			@Value("${medex.admin.password:}") String password) {
		this.staff = staff;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (staff.count() > 0) {
			return;
		}
		boolean generated = password.isBlank();
		String initial = generated ? generate() : password;
		try {
			staff.create(new NewStaffAccount(username, initial, "Practice owner", EnumSet.of(Role.OWNER)));
		}
		catch (FieldErrorsException ex) {
			var error = ex.errors().get(0);
			throw new IllegalStateException("Cannot open the first OWNER account: medex.admin." + error.field() + " ("
					+ (error.field().equals("password") ? "MEDEX_ADMIN_PASSWORD" : "MEDEX_ADMIN_USERNAME") + ") "
					+ error.message() + ".");
		}
		if (generated) {
			log.warn("First start: created OWNER '{}' with the generated password: {}  (set medex.admin.password to choose it)",
					username, initial);
		}
		else {
			log.info("First start: created OWNER '{}' from medex.admin.username and medex.admin.password", username);
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

}
