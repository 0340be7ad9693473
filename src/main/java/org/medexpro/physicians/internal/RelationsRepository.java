package org.medexpro.physicians.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.physicians.Communication;
import org.medexpro.physicians.CommunicationKind;
import org.medexpro.physicians.ContactChannel;
import org.medexpro.physicians.FollowUpTask;
import org.medexpro.physicians.Gatekeeper;
import org.medexpro.physicians.GatekeeperRole;
import org.medexpro.physicians.Referral;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gatekeepers, referrals, communications and follow-up tasks. */
@Repository
public class RelationsRepository {

	private static final String REFERRAL = """
			select r.id, r.physician_id, p.name as physician_name, r.client_id, r.icd10, r.reason, r.received_on,
			       r.recorded_at, r.recorded_by, r.version
			from referrals r join physicians p on p.id = r.physician_id""";

	private static final String TASK = """
			select t.id, t.physician_id, p.name as physician_name, t.client_id, t.kind, t.due_on, t.done_on, t.note
			from follow_up_tasks t join physicians p on p.id = t.physician_id""";

	private final JdbcClient jdbc;

	RelationsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertGatekeeper(UUID id, UUID physicianId, Gatekeeper.Data d, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into physician_gatekeepers (id, physician_id, name, role, phone, email, preferred_contact, note,
				                                   created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, physicianId, d.name().strip(), d.role().name(), d.phone(), d.email(),
					d.preferredContact() == null ? null : d.preferredContact().name(), d.note(), now, username)
			.update();
	}

	public List<Gatekeeper> gatekeepers(UUID physicianId) {
		return jdbc.sql("select * from physician_gatekeepers where physician_id = ? order by name").param(physicianId)
			.query((rs, row) -> new Gatekeeper(rs.getObject("id", UUID.class), physicianId, rs.getString("name"),
					GatekeeperRole.valueOf(rs.getString("role")), rs.getString("phone"), rs.getString("email"),
					channel(rs.getString("preferred_contact")), rs.getString("note")))
			.list();
	}

	public void insertReferral(UUID id, Referral.Data d, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into referrals (id, physician_id, client_id, icd10, reason, received_on, recorded_at, recorded_by, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, d.physicianId(), d.clientId(), d.icd10(), d.reason().strip(), d.receivedOn(), now, username)
			.update();
	}

	public boolean linkReferral(UUID id, int version, UUID clientId) {
		return jdbc.sql("update referrals set client_id = ?, version = version + 1 where id = ? and version = ?")
			.params(clientId, id, version)
			.update() == 1;
	}

	public Optional<Referral> referral(UUID id) {
		return jdbc.sql(REFERRAL + " where r.id = ?").param(id).query(RelationsRepository::referral).optional();
	}

	public List<Referral> referralsOf(UUID physicianId) {
		return jdbc.sql(REFERRAL + " where r.physician_id = ? order by r.received_on desc").param(physicianId)
			.query(RelationsRepository::referral).list();
	}

	public List<Referral> referralsOfClient(UUID clientId) {
		return jdbc.sql(REFERRAL + " where r.client_id = ? order by r.received_on desc").param(clientId)
			.query(RelationsRepository::referral).list();
	}

	public List<Referral> referrals() {
		return jdbc.sql(REFERRAL + " order by r.received_on desc fetch first 1000 rows only").query(RelationsRepository::referral).list();
	}

	public void insertCommunication(UUID id, Communication.Data d, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into communications (id, physician_id, client_id, kind, channel, document_id, subject, note, at, by_username)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, d.physicianId(), d.clientId(), d.kind().name(), d.channel().name(), d.documentId(),
					d.subject().strip(), d.note(), now, username)
			.update();
	}

	public List<Communication> communicationsOf(UUID physicianId) {
		return jdbc.sql("select * from communications where physician_id = ? order by at desc").param(physicianId)
			.query(RelationsRepository::communication).list();
	}

	public List<Communication> communicationsOfClient(UUID clientId) {
		return jdbc.sql("select * from communications where client_id = ? order by at desc").param(clientId)
			.query(RelationsRepository::communication).list();
	}

	/** When each of the client's documents was first sent (or recorded as sent). */
	public java.util.Map<UUID, OffsetDateTime> documentsSentOfClient(UUID clientId) {
		java.util.Map<UUID, OffsetDateTime> sent = new java.util.HashMap<>();
		jdbc.sql("select document_id, min(at) as first_at from communications where client_id = ? and document_id is not null group by document_id")
			.param(clientId)
			.query((rs, n) -> sent.put(rs.getObject("document_id", UUID.class), rs.getObject("first_at", OffsetDateTime.class)))
			.list();
		return sent;
	}

	public List<Communication> communicationsOfDocument(UUID documentId) {
		return jdbc.sql("select * from communications where document_id = ? order by at").param(documentId)
			.query(RelationsRepository::communication).list();
	}

	public void insertTask(UUID id, UUID physicianId, @Nullable UUID clientId, FollowUpTask.Kind kind, LocalDate dueOn,
			@Nullable String note, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into follow_up_tasks (id, physician_id, client_id, kind, due_on, note, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, physicianId, clientId, kind.name(), dueOn, note, now, username)
			.update();
	}

	public boolean completeTask(UUID id, LocalDate on) {
		return jdbc.sql("update follow_up_tasks set done_on = ? where id = ? and done_on is null").params(on, id).update() == 1;
	}

	public List<FollowUpTask> openTasks() {
		return jdbc.sql(TASK + " where t.done_on is null order by t.due_on").query(RelationsRepository::task).list();
	}

	public List<FollowUpTask> tasksOf(UUID physicianId) {
		return jdbc.sql(TASK + " where t.physician_id = ? order by t.due_on desc").param(physicianId)
			.query(RelationsRepository::task).list();
	}

	private static Referral referral(ResultSet rs, int row) throws SQLException {
		return new Referral(rs.getObject("id", UUID.class), rs.getObject("physician_id", UUID.class),
				rs.getString("physician_name"), rs.getObject("client_id", UUID.class), rs.getString("icd10"),
				rs.getString("reason"), rs.getObject("received_on", LocalDate.class),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"), rs.getInt("version"));
	}

	private static Communication communication(ResultSet rs, int row) throws SQLException {
		return new Communication(rs.getObject("id", UUID.class), rs.getObject("physician_id", UUID.class),
				rs.getObject("client_id", UUID.class), CommunicationKind.valueOf(rs.getString("kind")),
				ContactChannel.valueOf(rs.getString("channel")), rs.getObject("document_id", UUID.class),
				rs.getString("subject"), rs.getString("note"), rs.getObject("at", OffsetDateTime.class),
				rs.getString("by_username"));
	}

	private static FollowUpTask task(ResultSet rs, int row) throws SQLException {
		return new FollowUpTask(rs.getObject("id", UUID.class), rs.getObject("physician_id", UUID.class),
				rs.getString("physician_name"), rs.getObject("client_id", UUID.class),
				FollowUpTask.Kind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class),
				rs.getObject("done_on", LocalDate.class), rs.getString("note"));
	}

	private static @Nullable ContactChannel channel(@Nullable String value) {
		return value == null ? null : ContactChannel.valueOf(value);
	}

}
