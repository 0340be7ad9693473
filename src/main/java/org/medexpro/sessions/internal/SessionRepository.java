package org.medexpro.sessions.internal;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The session module's tables: vitals checks, session logs with their exercises and minutes,
 * and addenda. A signed log is never updated here: {@link #updateDraft} and {@link #sign}
 * touch only rows still in DRAFT, and nothing deletes a signed log or an addendum.
 */
@Repository
public class SessionRepository {

	public record CheckRow(UUID id, UUID clientId, OffsetDateTime checkedAt, String checkedBy, int systolic, int diastolic,
			int heartRate, @Nullable Integer spo2, @Nullable Integer glucose, @Nullable Boolean ketones,
			@Nullable String symptoms, String decision, String reasons, @Nullable String notes) {
	}

	public record SessionRow(UUID id, UUID clientId, String author, OffsetDateTime startedAt, OffsetDateTime endedAt,
			String attendance, @Nullable UUID vitalsCheckId, String rpeScale, @Nullable String notes,
			@Nullable Integer systolicAfter, @Nullable Integer diastolicAfter, @Nullable Integer heartRateAfter,
			@Nullable Integer spo2After, String status, OffsetDateTime signDueAt, @Nullable OffsetDateTime signedAt,
			@Nullable String contentHash, int version) {
	}

	public record EntryRow(UUID sessionId, int position, String exerciseCode, @Nullable Integer sets, @Nullable Integer reps,
			@Nullable BigDecimal loadKg, @Nullable Integer durationMinutes, @Nullable BigDecimal rpe,
			@Nullable Integer painBefore, @Nullable Integer painAfter, @Nullable String tolerance,
			@Nullable Integer systolicDuring, @Nullable Integer diastolicDuring, @Nullable Integer heartRateDuring,
			@Nullable Integer spo2During, @Nullable String cautions, @Nullable String cautionNote, @Nullable String note) {
	}

	public record MinutesRow(UUID sessionId, String kind, int minutes) {
	}

	public record AddendumRow(UUID id, UUID sessionId, String text, OffsetDateTime writtenAt, String writtenBy) {
	}

	private static final String SESSION_COLUMNS = """
			id, client_id, author, started_at, ended_at, attendance, vitals_check_id, rpe_scale, notes, systolic_after,
			diastolic_after, heart_rate_after, spo2_after, status, sign_due_at, signed_at, content_hash, version""";

	private static final String ENTRY_COLUMNS = """
			session_id, position, exercise_code, sets, reps, load_kg, duration_minutes, rpe, pain_before, pain_after,
			tolerance, systolic_during, diastolic_during, heart_rate_during, spo2_during, cautions, caution_note, note""";

	/** The SQL types of ENTRY_COLUMNS, so that a batch with nulls binds the same on H2 and PostgreSQL. */
	private static final int[] ENTRY_TYPES = { Types.OTHER, Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.INTEGER,
			Types.DECIMAL, Types.INTEGER, Types.DECIMAL, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.INTEGER,
			Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	SessionRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void insertCheck(CheckRow c) {
		jdbc.sql("""
				insert into vitals_checks (id, client_id, checked_at, checked_by, systolic, diastolic, heart_rate, spo2,
				                           glucose, ketones, symptoms, decision, reasons, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.clientId(), c.checkedAt(), c.checkedBy(), c.systolic(), c.diastolic(), c.heartRate(), c.spo2(),
					c.glucose(), c.ketones(), c.symptoms(), c.decision(), c.reasons(), c.notes())
			.update();
	}

	public Optional<CheckRow> check(UUID id) {
		return jdbc.sql("select * from vitals_checks where id = ?").param(id).query(RecordRowMapper.of(CheckRow.class)).optional();
	}

	/** The client's checks from {@code from} to {@code to}, newest first. */
	public List<CheckRow> checks(UUID clientId, OffsetDateTime from, OffsetDateTime to) {
		return jdbc.sql("select * from vitals_checks where client_id = ? and checked_at >= ? and checked_at <= ? order by checked_at desc")
			.params(clientId, from, to)
			.query(RecordRowMapper.of(CheckRow.class))
			.list();
	}

	public void insertSession(SessionRow s, OffsetDateTime now) {
		jdbc.sql("insert into session_logs (" + SESSION_COLUMNS
				+ ", created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(s.id(), s.clientId(), s.author(), s.startedAt(), s.endedAt(), s.attendance(), s.vitalsCheckId(), s.rpeScale(),
					s.notes(), s.systolicAfter(), s.diastolicAfter(), s.heartRateAfter(), s.spo2After(), s.status(),
					s.signDueAt(), s.signedAt(), s.contentHash(), s.version(), now, now)
			.update();
	}

	/** Saves a draft edited from {@code version}; false when it is signed or someone saved it since. */
	public boolean updateDraft(SessionRow s, int version, OffsetDateTime now) {
		return jdbc.sql("""
				update session_logs set started_at = ?, ended_at = ?, attendance = ?, vitals_check_id = ?, notes = ?,
				       systolic_after = ?, diastolic_after = ?, heart_rate_after = ?, spo2_after = ?,
				       sign_due_at = ?, version = version + 1, updated_at = ?
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(s.startedAt(), s.endedAt(), s.attendance(), s.vitalsCheckId(), s.notes(), s.systolicAfter(),
					s.diastolicAfter(), s.heartRateAfter(), s.spo2After(), s.signDueAt(), now, s.id(), version)
			.update() == 1;
	}

	public boolean sign(UUID id, int version, OffsetDateTime at, String contentHash) {
		return jdbc.sql("""
				update session_logs set status = 'SIGNED', signed_at = ?, content_hash = ?, version = version + 1, updated_at = ?
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(at, contentHash, at, id, version)
			.update() == 1;
	}

	public Optional<SessionRow> find(UUID id) {
		return jdbc.sql("select " + SESSION_COLUMNS + " from session_logs where id = ?").param(id)
			.query(RecordRowMapper.of(SessionRow.class))
			.optional();
	}

	/** The client's logs, newest session first. */
	public List<SessionRow> ofClient(UUID clientId) {
		return jdbc.sql("select " + SESSION_COLUMNS + " from session_logs where client_id = ? order by started_at desc, id")
			.param(clientId)
			.query(RecordRowMapper.of(SessionRow.class))
			.list();
	}

	/** The client's last signed logs of sessions attended, newest first. */
	public List<SessionRow> lastSigned(UUID clientId, int count) {
		return jdbc.sql("select " + SESSION_COLUMNS + """
				 from session_logs where client_id = ? and status = 'SIGNED' and attendance = 'ATTENDED'
				order by started_at desc, id""" + " fetch first " + Math.max(1, Math.min(count, 100)) + " rows only")
			.param(clientId)
			.query(RecordRowMapper.of(SessionRow.class))
			.list();
	}

	/** Logs still unsigned past their due time, and logs signed after it; {@code author} narrows to one trainer. */
	public List<SessionRow> late(OffsetDateTime now, @Nullable String author) {
		String sql = "select " + SESSION_COLUMNS + """
				 from session_logs
				where ((status = 'DRAFT' and sign_due_at < ?) or (status = 'SIGNED' and signed_at > sign_due_at))"""
				+ (author == null ? "" : " and author = ?") + " order by sign_due_at";
		List<Object> params = new ArrayList<>(List.of(now));
		if (author != null) {
			params.add(author);
		}
		return jdbc.sql(sql).params(params).query(RecordRowMapper.of(SessionRow.class)).list();
	}

	/** The late logs of these clients, whoever wrote them. */
	public List<SessionRow> lateOfClients(OffsetDateTime now, java.util.Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + SESSION_COLUMNS + """
				 from session_logs
				where ((status = 'DRAFT' and sign_due_at < :now) or (status = 'SIGNED' and signed_at > sign_due_at))
				  and client_id in (:clients) order by sign_due_at""")
			.param("now", now)
			.param("clients", clientIds)
			.query(RecordRowMapper.of(SessionRow.class))
			.list();
	}

	public List<SessionRow> drafts(String author) {
		return jdbc.sql("select " + SESSION_COLUMNS + " from session_logs where author = ? and status = 'DRAFT' order by sign_due_at")
			.param(author)
			.query(RecordRowMapper.of(SessionRow.class))
			.list();
	}

	public void replaceEntries(UUID sessionId, List<EntryRow> entries) {
		jdbc.sql("delete from session_entries where session_id = ?").param(sessionId).update();
		template.batchUpdate("insert into session_entries (" + ENTRY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entries.stream().map(e -> new Object[] { e.sessionId(), e.position(), e.exerciseCode(), e.sets(), e.reps(),
						e.loadKg(), e.durationMinutes(), e.rpe(), e.painBefore(), e.painAfter(), e.tolerance(), e.systolicDuring(),
						e.diastolicDuring(), e.heartRateDuring(), e.spo2During(), e.cautions(), e.cautionNote(), e.note() })
					.toList(),
				ENTRY_TYPES);
	}

	public List<EntryRow> entries(UUID sessionId) {
		return jdbc.sql("select " + ENTRY_COLUMNS + " from session_entries where session_id = ? order by position")
			.param(sessionId)
			.query(RecordRowMapper.of(EntryRow.class))
			.list();
	}

	/** The exercises of all the client's logs at once (a chart reads them all). */
	public List<EntryRow> entriesOfClient(UUID clientId) {
		return jdbc.sql("select " + ENTRY_COLUMNS.replace("session_id,", "e.session_id,") + """
				 from session_entries e join session_logs s on s.id = e.session_id
				where s.client_id = ? order by e.session_id, e.position""")
			.param(clientId)
			.query(RecordRowMapper.of(EntryRow.class))
			.list();
	}

	public void replaceMinutes(UUID sessionId, List<MinutesRow> minutes) {
		jdbc.sql("delete from session_minutes where session_id = ?").param(sessionId).update();
		template.batchUpdate("insert into session_minutes (session_id, kind, minutes) values (?, ?, ?)",
				minutes.stream().map(m -> new Object[] { m.sessionId(), m.kind(), m.minutes() }).toList(),
				new int[] { Types.OTHER, Types.VARCHAR, Types.INTEGER });
	}

	public List<MinutesRow> minutes(UUID sessionId) {
		return jdbc.sql("select session_id, kind, minutes from session_minutes where session_id = ? order by kind")
			.param(sessionId)
			.query(RecordRowMapper.of(MinutesRow.class))
			.list();
	}

	public void insertAddendum(AddendumRow a) {
		jdbc.sql("insert into session_addenda (id, session_id, text, written_at, written_by) values (?, ?, ?, ?, ?)")
			.params(a.id(), a.sessionId(), a.text(), a.writtenAt(), a.writtenBy())
			.update();
	}

	public List<AddendumRow> addenda(UUID sessionId) {
		return jdbc.sql("select id, session_id, text, written_at, written_by from session_addenda where session_id = ? order by written_at, id")
			.param(sessionId)
			.query(RecordRowMapper.of(AddendumRow.class))
			.list();
	}

	public Optional<UUID> clientOf(UUID sessionId) {
		return jdbc.sql("select client_id from session_logs where id = ?").param(sessionId).query(UUID.class).optional();
	}

}
