package org.medexpro.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditEntry;
import org.medexpro.audit.AuditQuery;
import org.medexpro.audit.AuditVerification;
import org.medexpro.shared.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only table behind the trail. There is deliberately no update or delete
 * here. Each entry stores the SHA-256 of the previous entry's hash and its own content,
 * so changing, removing or inserting a row breaks the chain from that row on. Appends
 * lock the single chain-head row, which orders concurrent transactions.
 */
@Repository
public class AuditLedger {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	AuditLedger(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/** An entry about to be appended: who and where are taken from the current request. */
	public record NewEntry(AuditAction action, @Nullable String entity, @Nullable String entityId,
			@Nullable UUID clientId, @Nullable String detail, String username, String source) {

		public static NewEntry now(AuditAction action, @Nullable String entity, @Nullable Object entityId,
				@Nullable UUID clientId, @Nullable String detail) {
			return new NewEntry(action, entity, entityId == null ? null : entityId.toString(), clientId,
					truncate(detail), currentUsername(), currentSource());
		}

		public NewEntry by(String otherUsername) {
			return new NewEntry(action, entity, entityId, clientId, detail, truncate(otherUsername), source);
		}

	}

	public void append(List<NewEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		long seq = head.seq();
		String previous = head.hash();
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (NewEntry entry : entries) {
			seq++;
			String hash = hash(previous, seq, at, entry.username(), entry.action().name(), entry.entity(),
					entry.entityId(), entry.clientId(), entry.source(), entry.detail());
			rows.add(new Object[] { seq, at, entry.username(), entry.action().name(), entry.entity(),
					entry.entityId(), entry.clientId(), entry.source(), entry.detail(), previous, hash });
			previous = hash;
		}
		template.batchUpdate("""
				insert into audit_entries (seq, at, username, action, entity, entity_id, client_id, source,
				                           detail, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
				new int[] { Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR });
		jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
			.params(seq, previous)
			.update();
	}

	public List<AuditEntry> find(AuditQuery query) {
		StringBuilder sql = new StringBuilder("""
				select seq, at, username, action, entity, entity_id, client_id, source, detail
				from audit_entries where 1 = 1""");
		List<Object> params = new ArrayList<>();
		if (query.clientId() != null) {
			sql.append(" and client_id = ?");
			params.add(query.clientId());
		}
		if (query.username() != null) {
			sql.append(" and username = ?");
			params.add(query.username());
		}
		if (query.action() != null) {
			sql.append(" and action = ?");
			params.add(query.action().name());
		}
		if (query.from() != null) {
			sql.append(" and at >= ?");
			params.add(query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (query.to() != null) {
			sql.append(" and at < ?");
			params.add(query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		sql.append(" order by seq desc fetch first ").append(Math.max(1, Math.min(query.limit(), 5000))).append(" rows only");
		return jdbc.sql(sql.toString()).params(params).query(AuditLedger::entry).list();
	}

	public AuditVerification verify() {
		Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		Verifier verifier = new Verifier();
		template.query("""
				select seq, at, username, action, entity, entity_id, client_id, source, detail, prev_hash, hash
				from audit_entries order by seq""", verifier::check);
		if (verifier.broken == null && (verifier.lastSeq != head.seq() || !verifier.previous.equals(head.hash()))) {
			verifier.fail(verifier.lastSeq + 1, "entries after " + verifier.lastSeq + " are missing");
		}
		return new AuditVerification(verifier.broken == null, verifier.checked, verifier.broken, verifier.problem);
	}

	private static final class Verifier {

		long expectedSeq = 1;

		long lastSeq = 0;

		String previous = GENESIS;

		long checked;

		@Nullable Long broken;

		@Nullable String problem;

		void check(ResultSet rs) throws SQLException {
			if (broken != null) {
				return;
			}
			checked++;
			long seq = rs.getLong("seq");
			if (seq != expectedSeq) {
				fail(expectedSeq, "entry " + expectedSeq + " is missing");
				return;
			}
			if (!previous.equals(rs.getString("prev_hash"))) {
				fail(seq, "entry " + seq + " does not follow the entry before it");
				return;
			}
			String expected = hash(previous, seq, rs.getObject("at", OffsetDateTime.class), rs.getString("username"),
					rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
					rs.getObject("client_id", UUID.class), rs.getString("source"), rs.getString("detail"));
			if (!expected.equals(rs.getString("hash"))) {
				fail(seq, "entry " + seq + " was changed after it was written");
				return;
			}
			previous = expected;
			lastSeq = seq;
			expectedSeq = seq + 1;
		}

		void fail(long seq, String why) {
			broken = seq;
			problem = why;
		}

	}

	static String hash(String previous, long seq, OffsetDateTime at, String username, String action,
			@Nullable String entity, @Nullable String entityId, @Nullable UUID clientId, String source,
			@Nullable String detail) {
		String content = String.join("\u001f", previous, Long.toString(seq), at.toInstant().toString(), username,
				action, nullToEmpty(entity), nullToEmpty(entityId), clientId == null ? "" : clientId.toString(),
				source, nullToEmpty(detail));
		return Sha256.hex(content);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class), rs.getString("username"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("entity"), rs.getString("entity_id"),
				rs.getObject("client_id", UUID.class), rs.getString("source"), rs.getString("detail"));
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable String truncate(@Nullable String value) {
		return value == null || value.length() <= 500 ? value : value.substring(0, 500);
	}

	static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	static String currentSource() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String path = attributes.getRequest().getRequestURI();
			return path.startsWith("/api/") ? "API" : path.startsWith("/fhir") ? "FHIR" : "PAGE";
		}
		return "SYSTEM";
	}

	private record Head(long seq, String hash) {
	}

}
