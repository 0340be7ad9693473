package org.medexpro.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.security.ApiTokenView;
import org.medexpro.security.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code api_tokens} table: hashes only, never a token.
 */
@Repository
public class ApiTokenRepository {

	private static final String COLUMNS = "id, username, name, created_at, expires_at, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	private final StaffAccountRepository accounts;

	ApiTokenRepository(JdbcClient jdbc, StaffAccountRepository accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public void insert(UUID id, String username, String name, String hash, OffsetDateTime createdAt,
			OffsetDateTime expiresAt) {
		jdbc.sql("""
				insert into api_tokens (id, username, name, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, username, name, hash, createdAt, expiresAt)
			.update();
	}

	public Optional<ApiTokenView> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from api_tokens where id = ?").param(id).query(ApiTokenRepository::view).optional();
	}

	public List<ApiTokenView> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from api_tokens where username = ? order by created_at desc")
			.param(username)
			.query(ApiTokenRepository::view)
			.list();
	}

	public void revoke(UUID id, OffsetDateTime at) {
		jdbc.sql("update api_tokens set revoked_at = ? where id = ? and revoked_at is null").params(at, id).update();
	}

	public void touch(UUID id, OffsetDateTime at) {
		jdbc.sql("update api_tokens set last_used_at = ? where id = ?").params(at, id).update();
	}

	/** The owner of an active token, with when the token was last used. */
	public record TokenOwner(UUID tokenId, @Nullable OffsetDateTime lastUsedAt, StaffMember member) {
	}

	public Optional<TokenOwner> findActive(String hash, OffsetDateTime now) {
		return jdbc.sql("""
				select id, username, last_used_at from api_tokens
				where token_hash = ? and revoked_at is null and expires_at > ?""")
			.params(hash, now)
			.query((rs, row) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getObject("last_used_at", OffsetDateTime.class) })
			.optional()
			.flatMap(row -> accounts.find((String) row[1])
				.map(member -> new TokenOwner((UUID) row[0], (OffsetDateTime) row[2], member)));
	}

	private static ApiTokenView view(ResultSet rs, int row) throws SQLException {
		return new ApiTokenView(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("name"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
				rs.getObject("last_used_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
				null);
	}

}
