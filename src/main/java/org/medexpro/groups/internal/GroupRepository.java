package org.medexpro.groups.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The group programs' tables; {@link #lock} is what keeps concurrent enrolments from overfilling a group. */
@Repository
public class GroupRepository {

	public record GroupRow(UUID id, String name, String conditionCode, int capacity, LocalDate startsOn, int sessions,
			@Nullable String leader, @Nullable String weekdays, @Nullable LocalTime startTime, @Nullable Integer minutes,
			@Nullable String exercises, @Nullable String description, int nextPosition, int version) {
	}

	public record EnrollmentRow(UUID groupId, UUID clientId, String status, int position, @Nullable String warnings,
			OffsetDateTime requestedAt, @Nullable OffsetDateTime enrolledAt) {
	}

	public record MeetingLogRow(UUID meetingId, UUID groupId, @Nullable String topic, int minutes, String loggedBy,
			OffsetDateTime loggedAt, @Nullable OffsetDateTime signedAt) {
	}

	public record AttendanceRow(UUID meetingId, UUID clientId, String attendance, UUID sessionLogId) {
	}

	private static final String GROUP_COLUMNS = """
			id, name, condition_code, capacity, starts_on, sessions, leader, weekdays, start_time, minutes, exercises,
			description, next_position, version""";

	private final JdbcClient jdbc;

	GroupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(GroupRow g, OffsetDateTime now, String username) {
		jdbc.sql("insert into group_programs (" + GROUP_COLUMNS + ", created_at, created_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(g.id(), g.name(), g.conditionCode(), g.capacity(), g.startsOn(), g.sessions(), g.leader(), g.weekdays(),
					g.startTime(), g.minutes(), g.exercises(), g.description(), g.nextPosition(), g.version(), now, username)
			.update();
	}

	public Optional<GroupRow> find(UUID id) {
		return jdbc.sql("select " + GROUP_COLUMNS + " from group_programs where id = ?").param(id)
			.query(RecordRowMapper.of(GroupRow.class)).optional();
	}

	/** Locks the group's row until the transaction ends: enrolments and withdrawals of one group take turns. */
	public Optional<GroupRow> lock(UUID id) {
		return jdbc.sql("select " + GROUP_COLUMNS + " from group_programs where id = ? for update").param(id)
			.query(RecordRowMapper.of(GroupRow.class)).optional();
	}

	public List<GroupRow> all() {
		return jdbc.sql("select " + GROUP_COLUMNS + " from group_programs order by starts_on desc, name")
			.query(RecordRowMapper.of(GroupRow.class)).list();
	}

	/** Takes the next waitlist position of a locked group. */
	public int takePosition(UUID groupId) {
		int position = jdbc.sql("select next_position from group_programs where id = ?").param(groupId).query(Integer.class).single();
		jdbc.sql("update group_programs set next_position = next_position + 1 where id = ?").param(groupId).update();
		return position;
	}

	public int count(UUID groupId, String status) {
		return jdbc.sql("select count(*) from group_enrollments where group_id = ? and status = ?").params(groupId, status)
			.query(Integer.class).single();
	}

	public Optional<EnrollmentRow> enrollment(UUID groupId, UUID clientId) {
		return jdbc.sql("""
				select group_id, client_id, status, position, warnings, requested_at, enrolled_at
				from group_enrollments where group_id = ? and client_id = ?""")
			.params(groupId, clientId)
			.query(RecordRowMapper.of(EnrollmentRow.class))
			.optional();
	}

	/** The group's enrolments: enrolled first, then the waitlist in order, then the withdrawn. */
	public List<EnrollmentRow> enrollments(UUID groupId) {
		return jdbc.sql("""
				select group_id, client_id, status, position, warnings, requested_at, enrolled_at
				from group_enrollments where group_id = ?
				order by case status when 'ENROLLED' then 0 when 'WAITLISTED' then 1 else 2 end, position""")
			.param(groupId)
			.query(RecordRowMapper.of(EnrollmentRow.class))
			.list();
	}

	public void saveEnrollment(EnrollmentRow e, OffsetDateTime now, String username) {
		int updated = jdbc.sql("""
				update group_enrollments set status = ?, position = ?, warnings = ?, requested_at = ?, requested_by = ?,
				       enrolled_at = ?, withdrawn_at = null
				where group_id = ? and client_id = ?""")
			.params(e.status(), e.position(), e.warnings(), e.requestedAt(), username, e.enrolledAt(), e.groupId(), e.clientId())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into group_enrollments (group_id, client_id, status, position, warnings, requested_at, requested_by,
					                               enrolled_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(e.groupId(), e.clientId(), e.status(), e.position(), e.warnings(), e.requestedAt(), username, e.enrolledAt())
				.update();
		}
	}

	public void withdraw(UUID groupId, UUID clientId, OffsetDateTime now) {
		jdbc.sql("update group_enrollments set status = 'WITHDRAWN', withdrawn_at = ? where group_id = ? and client_id = ?")
			.params(now, groupId, clientId)
			.update();
	}

	public void promote(UUID groupId, UUID clientId, OffsetDateTime now) {
		jdbc.sql("update group_enrollments set status = 'ENROLLED', enrolled_at = ? where group_id = ? and client_id = ?")
			.params(now, groupId, clientId)
			.update();
	}

	/** The first of the waitlist, if any. */
	/** The waitlist, first in line first. */
	public List<EnrollmentRow> waiting(UUID groupId) {
		return jdbc.sql("""
				select group_id, client_id, status, position, warnings, requested_at, enrolled_at
				from group_enrollments where group_id = ? and status = 'WAITLISTED' order by position""")
			.param(groupId)
			.query(RecordRowMapper.of(EnrollmentRow.class))
			.list();
	}

	public void insertLog(MeetingLogRow log) {
		jdbc.sql("""
				insert into group_meeting_logs (meeting_id, group_id, topic, minutes, logged_by, logged_at, signed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(log.meetingId(), log.groupId(), log.topic(), log.minutes(), log.loggedBy(), log.loggedAt(), log.signedAt())
			.update();
	}

	public void insertAttendance(AttendanceRow a) {
		jdbc.sql("insert into group_attendance (meeting_id, client_id, attendance, session_log_id) values (?, ?, ?, ?)")
			.params(a.meetingId(), a.clientId(), a.attendance(), a.sessionLogId())
			.update();
	}

	public Optional<MeetingLogRow> log(UUID meetingId) {
		return jdbc.sql("select meeting_id, group_id, topic, minutes, logged_by, logged_at, signed_at from group_meeting_logs where meeting_id = ?")
			.param(meetingId)
			.query(RecordRowMapper.of(MeetingLogRow.class))
			.optional();
	}

	public List<MeetingLogRow> logsOf(UUID groupId) {
		return jdbc.sql("select meeting_id, group_id, topic, minutes, logged_by, logged_at, signed_at from group_meeting_logs where group_id = ?")
			.param(groupId)
			.query(RecordRowMapper.of(MeetingLogRow.class))
			.list();
	}

	public List<AttendanceRow> attendanceOf(UUID groupId) {
		return jdbc.sql("""
				select a.meeting_id, a.client_id, a.attendance, a.session_log_id
				from group_attendance a join group_meeting_logs l on l.meeting_id = a.meeting_id where l.group_id = ?""")
			.param(groupId)
			.query(RecordRowMapper.of(AttendanceRow.class))
			.list();
	}

	public boolean markSigned(UUID meetingId, OffsetDateTime now) {
		return jdbc.sql("update group_meeting_logs set signed_at = ? where meeting_id = ? and signed_at is null")
			.params(now, meetingId)
			.update() == 1;
	}

}
