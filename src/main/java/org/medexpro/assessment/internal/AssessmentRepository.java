package org.medexpro.assessment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.Clearance;
import org.medexpro.assessment.RedFlag;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment module's tables: intakes, client conditions, red flags, clearances, holds. */
@Repository
public class AssessmentRepository {

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An intake as stored; list-like fields are kept as text, one item a line. */
	public record StoredIntake(UUID id, UUID clientId, @Nullable UUID referringPhysicianId, String category,
			@Nullable String medicalNecessity, @Nullable String diagnosedBy, @Nullable String surgeries,
			@Nullable String medications, @Nullable String history, @Nullable String symptoms,
			@Nullable String worseningActivities, @Nullable String functionalGoals, @Nullable Integer systolic,
			@Nullable Integer diastolic, @Nullable Integer heartRate, @Nullable Integer spo2, @Nullable Integer glucose,
			@Nullable Boolean ketones, boolean maintenance, OffsetDateTime takenAt, String takenBy) {
	}

	public void insertIntake(StoredIntake intake) {
		jdbc.sql("""
				insert into intakes (id, client_id, referring_physician_id, category, medical_necessity, diagnosed_by,
				    surgeries, medications, history, symptoms, worsening_activities, functional_goals, systolic,
				    diastolic, heart_rate, spo2, glucose, ketones, maintenance, taken_at, taken_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(intake.id(), intake.clientId(), intake.referringPhysicianId(), intake.category(),
					intake.medicalNecessity(), intake.diagnosedBy(), intake.surgeries(), intake.medications(),
					intake.history(), intake.symptoms(), intake.worseningActivities(), intake.functionalGoals(),
					intake.systolic(), intake.diastolic(), intake.heartRate(), intake.spo2(), intake.glucose(),
					intake.ketones(), intake.maintenance(), intake.takenAt(), intake.takenBy())
			.update();
	}

	/** The clients whose latest intake names this physician as the referring physician. */
	public List<UUID> clientsReferredBy(UUID physicianId) {
		return jdbc.sql("""
				select i.client_id from intakes i
				where i.referring_physician_id = ?
				  and i.taken_at = (select max(l.taken_at) from intakes l where l.client_id = i.client_id)""")
			.param(physicianId)
			.query(UUID.class)
			.list();
	}

	public Optional<StoredIntake> latestIntake(UUID clientId) {
		return jdbc.sql("select * from intakes where client_id = ? order by taken_at desc fetch first 1 rows only")
			.param(clientId)
			.query(RecordRowMapper.of(StoredIntake.class))
			.optional();
	}

	/** A condition row before the knowledge base names it. */
	public record ConditionRow(UUID id, String conditionCode, @Nullable String side, @Nullable String approach,
			LocalDate eventDate, @Nullable String icd10, boolean active) {
	}

	public void insertCondition(UUID clientId, ConditionRow row, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into client_conditions (id, client_id, condition_code, side, approach, event_date, icd10, active,
				    created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), clientId, row.conditionCode(), row.side(), row.approach(), row.eventDate(), row.icd10(),
					row.active(), now, username)
			.update();
	}

	public List<ConditionRow> conditions(UUID clientId) {
		return jdbc.sql("""
				select id, condition_code, side, approach, event_date, icd10, active from client_conditions
				where client_id = ? order by event_date desc""")
			.param(clientId)
			.query(RecordRowMapper.of(ConditionRow.class))
			.list();
	}

	/** Every active condition of every client, for a practice-wide re-check. */
	public java.util.Map<UUID, List<ConditionRow>> activeConditionsOfAll() {
		java.util.Map<UUID, List<ConditionRow>> byClient = new java.util.HashMap<>();
		jdbc.sql("select client_id, id, condition_code, side, approach, event_date, icd10 from client_conditions where active = true")
			.query((rs, i) -> {
				UUID client = rs.getObject("client_id", UUID.class);
				ConditionRow row = new ConditionRow(rs.getObject("id", UUID.class), rs.getString("condition_code"),
						rs.getString("side"), rs.getString("approach"), rs.getObject("event_date", LocalDate.class),
						rs.getString("icd10"), true);
				byClient.computeIfAbsent(client, k -> new java.util.ArrayList<>()).add(row);
				return row;
			})
			.list();
		return byClient;
	}

	public boolean deactivateCondition(UUID clientId, UUID conditionId) {
		return jdbc.sql("update client_conditions set active = false where id = ? and client_id = ? and active = true")
			.params(conditionId, clientId)
			.update() == 1;
	}

	public void insertRedFlag(UUID id, UUID clientId, String code, String description, String level, String origin,
			@Nullable String observed, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into red_flags (id, client_id, code, description, level, origin, observed, raised_at, raised_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, clientId, code, description, level, origin, observed, now, username)
			.update();
	}

	public List<RedFlag> redFlags(UUID clientId) {
		return jdbc.sql("""
				select id, code, description, level, origin, observed, raised_at, raised_by, resolved_at
				from red_flags where client_id = ? order by raised_at desc""")
			.param(clientId)
			.query(RecordRowMapper.of(RedFlag.class))
			.list();
	}

	public List<RedFlag> openRedFlags(UUID clientId) {
		return redFlags(clientId).stream().filter(RedFlag::open).toList();
	}

	public int resolveRedFlags(UUID clientId, UUID clearanceId, OffsetDateTime now) {
		return jdbc.sql("update red_flags set clearance_id = ?, resolved_at = ? where client_id = ? and resolved_at is null")
			.params(clearanceId, now, clientId)
			.update();
	}

	public void insertClearance(UUID id, UUID clientId, UUID physicianId, LocalDate clearedOn, @Nullable String note,
			OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into clearances (id, client_id, physician_id, cleared_on, note, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, clientId, physicianId, clearedOn, note, now, username)
			.update();
	}

	/** A clearance row before the physician is named. */
	public record ClearanceRow(UUID id, UUID clientId, UUID physicianId, LocalDate clearedOn, @Nullable String note,
			OffsetDateTime recordedAt, String recordedBy) {

		public Clearance named(String physicianName) {
			return new Clearance(id, clientId, physicianId, physicianName, clearedOn, note, recordedAt, recordedBy);
		}

	}

	public List<ClearanceRow> clearances(UUID clientId) {
		return jdbc.sql("select * from clearances where client_id = ? order by recorded_at desc")
			.param(clientId)
			.query(RecordRowMapper.of(ClearanceRow.class))
			.list();
	}

	public Optional<String> hold(UUID clientId) {
		return jdbc.sql("select reason from training_holds where client_id = ?").param(clientId).query(String.class).optional();
	}

	/** Holds training; a red flag takes over the reason of a hold that waited only for a referral. */
	public void hold(UUID clientId, String reason, OffsetDateTime now) {
		Optional<String> current = hold(clientId);
		if (current.isEmpty()) {
			jdbc.sql("insert into training_holds (client_id, reason, since) values (?, ?, ?)").params(clientId, reason, now).update();
		}
		else if (!current.get().equals(reason) && reason.equals("RED_FLAG")) {
			jdbc.sql("update training_holds set reason = ? where client_id = ?").params(reason, clientId).update();
		}
	}

	public boolean hasOpenRedFlags(UUID clientId) {
		return jdbc.sql("select count(*) from red_flags where client_id = ? and resolved_at is null")
			.param(clientId)
			.query(Long.class)
			.single() > 0;
	}

	public void release(UUID clientId) {
		jdbc.sql("delete from training_holds where client_id = ?").param(clientId).update();
	}

}
