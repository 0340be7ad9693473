package org.medexpro.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.medexpro.security.Role;
import org.medexpro.security.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code staff_accounts} table. Roles are stored as a comma-separated list.
 */
@Repository
public class StaffAccountRepository {

	private static final String COLUMNS = "username, display_name, roles, enabled, created_at";

	private final JdbcClient jdbc;

	StaffAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public StaffMember insert(String username, String displayName, String passwordHash, Set<Role> roles,
			OffsetDateTime now, String createdBy) {
		jdbc.sql("""
				insert into staff_accounts (username, display_name, password_hash, roles, enabled, failed_logins,
				                            created_at, created_by, version)
				values (?, ?, ?, ?, true, 0, ?, ?, 0)""")
			.params(username, displayName, passwordHash, encode(roles), now, createdBy)
			.update();
		return find(username).orElseThrow();
	}

	public boolean exists(String username) {
		return jdbc.sql("select count(*) from staff_accounts where username = ?").param(username).query(Long.class).single() > 0;
	}

	public long count() {
		return jdbc.sql("select count(*) from staff_accounts").query(Long.class).single();
	}

	public Optional<StaffMember> find(String username) {
		return jdbc.sql("select " + COLUMNS + " from staff_accounts where username = ?")
			.param(username)
			.query(StaffAccountRepository::member)
			.optional();
	}

	public List<StaffMember> findAll() {
		return jdbc.sql("select " + COLUMNS + " from staff_accounts order by display_name").query(StaffAccountRepository::member).list();
	}

	public boolean setEnabled(String username, boolean enabled) {
		return jdbc.sql("update staff_accounts set enabled = ?, version = version + 1 where username = ?")
			.params(enabled, username)
			.update() == 1;
	}

	public void updatePassword(String username, String passwordHash) {
		jdbc.sql("update staff_accounts set password_hash = ?, failed_logins = 0, locked_until = null, version = version + 1 where username = ?")
			.params(passwordHash, username)
			.update();
	}

	/** What login needs: the hash, the roles and the lock. */
	public record Credentials(String username, String passwordHash, Set<Role> roles, boolean enabled,
			@Nullable OffsetDateTime lockedUntil) {
	}

	public Optional<Credentials> credentials(String username) {
		return jdbc.sql("select username, password_hash, roles, enabled, locked_until from staff_accounts where username = ?")
			.param(username)
			.query((rs, row) -> new Credentials(rs.getString("username"), rs.getString("password_hash"),
					decode(rs.getString("roles")), rs.getBoolean("enabled"),
					rs.getObject("locked_until", OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Counts a failed login; at the limit the account locks until the given time and the
	 * count starts again.
	 */
	public void recordFailedLogin(String username, int limit, OffsetDateTime lockUntil) {
		jdbc.sql("update staff_accounts set failed_logins = failed_logins + 1 where username = ?").param(username).update();
		jdbc.sql("update staff_accounts set locked_until = ?, failed_logins = 0 where username = ? and failed_logins >= ?")
			.params(lockUntil, username, limit)
			.update();
	}

	public void clearFailedLogins(String username) {
		jdbc.sql("update staff_accounts set failed_logins = 0, locked_until = null where username = ? and (failed_logins > 0 or locked_until is not null)")
			.param(username)
			.update();
	}

	private static StaffMember member(ResultSet rs, int row) throws SQLException {
		return new StaffMember(rs.getString("username"), rs.getString("display_name"), decode(rs.getString("roles")),
				rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class));
	}

	private static String encode(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	private static Set<Role> decode(String roles) {
		Set<Role> decoded = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(decoded::add);
		return decoded;
	}

}
