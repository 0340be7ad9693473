package org.medexpro.scheduling.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.scheduling.Appointment;
import org.medexpro.scheduling.AppointmentKind;
import org.medexpro.scheduling.AppointmentStatus;
import org.medexpro.scheduling.ReminderPreference;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scheduling tables. The slot tables' primary keys are what keeps anyone from being
 * booked twice (V014): {@link #holdSlots} fails when another appointment holds one of them.
 */
@Repository
public class AppointmentRepository {

	/** Seconds of one slot: appointments start and end on 5-minute marks. */
	public static final long SLOT_SECONDS = 300;

	record Row(UUID id, @Nullable UUID clientId, @Nullable UUID groupId, String staffUsername, OffsetDateTime startsAt,
			OffsetDateTime endsAt, String kind, String status, @Nullable UUID seriesId, @Nullable String note,
			@Nullable String cancelReason, @Nullable OffsetDateTime confirmedAt, @Nullable OffsetDateTime remindedAt,
			int version, @Nullable UUID sessionLogId) {

		Appointment appointment() {
			return new Appointment(id, clientId, groupId, staffUsername, startsAt, endsAt, AppointmentKind.valueOf(kind),
					AppointmentStatus.valueOf(status), seriesId, note, cancelReason, confirmedAt, remindedAt, version, sessionLogId);
		}

	}

	private static final String COLUMNS = """
			id, client_id, group_id, staff_username, starts_at, ends_at, kind, status, series_id, note, cancel_reason,
			confirmed_at, reminded_at, version, session_log_id""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AppointmentRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public static long slotOf(OffsetDateTime time) {
		return Math.floorDiv(time.toEpochSecond(), SLOT_SECONDS);
	}

	public void insert(Appointment a, OffsetDateTime now, String username) {
		jdbc.sql("insert into appointments (" + COLUMNS + ", created_at, created_by, updated_at, updated_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.clientId(), a.groupId(), a.staffUsername(), a.start(), a.end(), a.kind().name(),
					a.status().name(), a.seriesId(), a.note(), a.cancelReason(), a.confirmedAt(), a.remindedAt(), a.version(),
					a.sessionLogId(), now, username, now, username)
			.update();
	}

	/**
	 * Holds the appointment's slots for its staff member and its client.
	 * @throws org.springframework.dao.DataIntegrityViolationException when another appointment holds one
	 */
	public void holdSlots(Appointment a) {
		long first = slotOf(a.start());
		long last = slotOf(a.end());
		List<Object[]> staff = new java.util.ArrayList<>();
		List<Object[]> client = new java.util.ArrayList<>();
		for (long slot = first; slot < last; slot++) {
			staff.add(new Object[] { a.staffUsername(), slot, a.id() });
			if (a.clientId() != null) {
				client.add(new Object[] { a.clientId(), slot, a.id() });
			}
		}
		template.batchUpdate("insert into staff_slots (staff_username, slot, appointment_id) values (?, ?, ?)", staff);
		if (!client.isEmpty()) {
			template.batchUpdate("insert into client_slots (client_id, slot, appointment_id) values (?, ?, ?)", client);
		}
	}

	/** A group member's client slots of a meeting (the meeting holds the leader's). */
	public void holdClientSlots(UUID clientId, Appointment meeting) {
		List<Object[]> client = new java.util.ArrayList<>();
		for (long slot = slotOf(meeting.start()); slot < slotOf(meeting.end()); slot++) {
			client.add(new Object[] { clientId, slot, meeting.id() });
		}
		template.batchUpdate("insert into client_slots (client_id, slot, appointment_id) values (?, ?, ?)", client);
	}

	/** Gives back the client's slots of these meetings (a member who leaves the group). */
	public void releaseClientSlots(UUID clientId, List<UUID> meetingIds) {
		if (!meetingIds.isEmpty()) {
			jdbc.sql("delete from client_slots where client_id = :client and appointment_id in (:meetings)")
				.param("client", clientId)
				.param("meetings", meetingIds)
				.update();
		}
	}

	public void releaseSlots(UUID appointmentId) {
		jdbc.sql("delete from staff_slots where appointment_id = ?").param(appointmentId).update();
		jdbc.sql("delete from client_slots where appointment_id = ?").param(appointmentId).update();
	}

	/** The appointments of the staff member that hold any slot of the time. */
	public List<UUID> holdingStaff(String staff, OffsetDateTime start, OffsetDateTime end) {
		return jdbc.sql("select distinct appointment_id from staff_slots where staff_username = ? and slot >= ? and slot < ?")
			.params(staff, slotOf(start), slotOf(end))
			.query(UUID.class)
			.list();
	}

	/** The appointments of the client that hold any slot of the time. */
	public List<UUID> holdingClient(UUID clientId, OffsetDateTime start, OffsetDateTime end) {
		return jdbc.sql("select distinct appointment_id from client_slots where client_id = ? and slot >= ? and slot < ?")
			.params(clientId, slotOf(start), slotOf(end))
			.query(UUID.class)
			.list();
	}

	public Optional<Appointment> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from appointments where id = ?")
			.param(id)
			.query(RecordRowMapper.of(Row.class))
			.optional()
			.map(Row::appointment);
	}

	/** The appointments starting from {@code from} until before {@code to}, by start, of one staff member or client when given. */
	public List<Appointment> between(OffsetDateTime from, OffsetDateTime to, @Nullable String staff, @Nullable UUID clientId) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from appointments where starts_at >= :from and starts_at < :to");
		if (staff != null) {
			sql.append(" and staff_username = :staff");
		}
		if (clientId != null) {
			sql.append(" and client_id = :client");
		}
		sql.append(" order by starts_at, staff_username, id");
		var statement = jdbc.sql(sql.toString()).param("from", from).param("to", to);
		if (staff != null) {
			statement = statement.param("staff", staff);
		}
		if (clientId != null) {
			statement = statement.param("client", clientId);
		}
		return statement.query(RecordRowMapper.of(Row.class)).list().stream().map(Row::appointment).toList();
	}

	/** The series' appointments from this start on, by start. */
	public List<Appointment> seriesFrom(UUID seriesId, OffsetDateTime start) {
		return jdbc.sql("select " + COLUMNS + " from appointments where series_id = ? and starts_at >= ? order by starts_at")
			.params(seriesId, start)
			.query(RecordRowMapper.of(Row.class))
			.list()
			.stream()
			.map(Row::appointment)
			.toList();
	}

	/** The group's meetings, by start. */
	public List<Appointment> ofGroup(UUID groupId) {
		return jdbc.sql("select " + COLUMNS + " from appointments where group_id = ? order by starts_at")
			.param(groupId)
			.query(RecordRowMapper.of(Row.class))
			.list()
			.stream()
			.map(Row::appointment)
			.toList();
	}

	/** The client's training still to come (open, starting after {@code now}). */
	public List<Appointment> openTrainingAfter(UUID clientId, OffsetDateTime now) {
		return jdbc.sql("select " + COLUMNS + " from appointments where client_id = ? and starts_at > ?"
				+ " and status in ('BOOKED', 'CONFIRMED') and kind in ('ONE_TO_ONE', 'GROUP') order by starts_at")
			.params(clientId, now)
			.query(RecordRowMapper.of(Row.class))
			.list()
			.stream()
			.map(Row::appointment)
			.toList();
	}

	/**
	 * Moves an open appointment to another status.
	 * @return false when it is no longer open (someone else changed it first)
	 */
	public boolean close(UUID id, AppointmentStatus to, @Nullable String cancelReason, OffsetDateTime now, String username) {
		return jdbc.sql("""
				update appointments set status = ?, cancel_reason = ?, version = version + 1, updated_at = ?, updated_by = ?
				where id = ? and status in ('BOOKED', 'CONFIRMED')""")
			.params(to.name(), cancelReason, now, username, id)
			.update() == 1;
	}

	/**
	 * The client's appointments (not cancelled) that a session log begun at {@code start} is
	 * the log of: under way then, or starting within the next half hour.
	 */
	public List<Appointment> ofClientAround(UUID clientId, OffsetDateTime start) {
		return jdbc.sql("select " + COLUMNS + " from appointments where client_id = ? and starts_at <= ? and ends_at > ?"
				+ " and status <> 'CANCELLED' order by starts_at")
			.params(clientId, start.plusMinutes(30), start)
			.query(RecordRowMapper.of(Row.class))
			.list()
			.stream()
			.map(Row::appointment)
			.toList();
	}

	public void linkSessionLog(UUID id, UUID sessionLogId) {
		jdbc.sql("update appointments set session_log_id = ?, version = version + 1 where id = ? and session_log_id is null")
			.params(sessionLogId, id)
			.update();
	}

	public boolean confirm(UUID id, OffsetDateTime now, String username) {
		return jdbc.sql("""
				update appointments set status = 'CONFIRMED', confirmed_at = ?, version = version + 1, updated_at = ?,
				       updated_by = ?
				where id = ? and status = 'BOOKED'""")
			.params(now, now, username, id)
			.update() == 1;
	}

	public void markReminded(UUID id, OffsetDateTime now) {
		jdbc.sql("update appointments set reminded_at = ? where id = ?").params(now, id).update();
	}

	public Optional<ReminderPreference> preference(UUID clientId) {
		return jdbc.sql("select client_id, email, agreed_on from reminder_preferences where client_id = ?")
			.param(clientId)
			.query(RecordRowMapper.of(ReminderPreference.class))
			.optional();
	}

	public List<ReminderPreference> preferences(java.util.Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select client_id, email, agreed_on from reminder_preferences where client_id in (:ids)")
			.param("ids", clientIds)
			.query(RecordRowMapper.of(ReminderPreference.class))
			.list();
	}

	public void savePreference(ReminderPreference p, OffsetDateTime now, String username) {
		if (jdbc.sql("update reminder_preferences set email = ?, agreed_on = ?, updated_at = ?, updated_by = ? where client_id = ?")
			.params(p.email(), p.agreedOn(), now, username, p.clientId())
			.update() == 0) {
			jdbc.sql("insert into reminder_preferences (client_id, email, agreed_on, updated_at, updated_by) values (?, ?, ?, ?, ?)")
				.params(p.clientId(), p.email(), p.agreedOn(), now, username)
				.update();
		}
	}

}
