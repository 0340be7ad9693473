package org.medexpro.programs.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code programs}, {@code program_entries} and {@code program_phase_changes} tables. */
@Repository
public class ProgramRepository {

	/** A program as stored. */
	public record ProgramRow(UUID id, UUID clientId, String protocolCode, String conditionCode, int phase,
			LocalDate phaseStartedOn, String status, int version) {
	}

	/** An exercise a professional took out for one client. */
	public record FlagRow(UUID clientId, String exerciseCode, String reason, OffsetDateTime flaggedAt, String flaggedBy) {
	}

	/** An exercise of a program as stored; rule codes are kept comma-separated. */
	public record EntryRow(UUID id, UUID programId, String exerciseCode, int sets, @Nullable Integer reps,
			@Nullable Integer minutes, @Nullable Integer holdSeconds, int rpeLow, int rpeHigh, @Nullable String cautions,
			@Nullable String cautionNote, @Nullable String suspendedRules) {

		public List<String> cautionCodes() {
			return split(cautions);
		}

		public List<String> suspendedBy() {
			return split(suspendedRules);
		}

	}

	/** A phase change with the evidence that met its criteria. */
	public record PhaseChange(int fromPhase, int toPhase, String evidence, OffsetDateTime changedAt, String changedBy) {
	}

	private final JdbcClient jdbc;

	private final PracticeTime time;

	ProgramRepository(JdbcClient jdbc, PracticeTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	public void insert(ProgramRow program, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into programs (id, client_id, protocol_code, condition_code, phase, phase_started_on, status,
				                      created_at, created_by, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(program.id(), program.clientId(), program.protocolCode(), program.conditionCode(), program.phase(),
					program.phaseStartedOn(), program.status(), now, username)
			.update();
	}

	public Optional<ProgramRow> find(UUID id) {
		return jdbc.sql("""
				select id, client_id, protocol_code, condition_code, phase, phase_started_on, status, version
				from programs where id = ?""").param(id).query(RecordRowMapper.of(ProgramRow.class)).optional();
	}

	public List<ProgramRow> ofClient(UUID clientId) {
		return jdbc.sql("""
				select id, client_id, protocol_code, condition_code, phase, phase_started_on, status, version
				from programs where client_id = ? order by status, created_at desc""")
			.param(clientId)
			.query(RecordRowMapper.of(ProgramRow.class))
			.list();
	}

	public List<ProgramRow> active() {
		return jdbc.sql("""
				select id, client_id, protocol_code, condition_code, phase, phase_started_on, status, version
				from programs where status = 'ACTIVE'""").query(RecordRowMapper.of(ProgramRow.class)).list();
	}

	public Optional<UUID> clientOf(UUID programId) {
		return jdbc.sql("select client_id from programs where id = ?").param(programId).query(UUID.class).optional();
	}

	/** Moves to the next phase if nobody else did first; false on a concurrent change. */
	public boolean advance(UUID programId, int fromPhase, int version, LocalDate on) {
		return jdbc.sql("""
				update programs set phase = ?, phase_started_on = ?, version = version + 1
				where id = ? and phase = ? and version = ?""")
			.params(fromPhase + 1, on, programId, fromPhase, version)
			.update() == 1;
	}

	public void recordPhaseChange(UUID programId, int fromPhase, String evidence, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into program_phase_changes (id, program_id, from_phase, to_phase, evidence, changed_at, changed_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), programId, fromPhase, fromPhase + 1, evidence, now, username)
			.update();
	}

	public List<PhaseChange> phaseChanges(UUID programId) {
		return jdbc.sql("""
				select from_phase, to_phase, evidence, changed_at, changed_by from program_phase_changes
				where program_id = ? order by changed_at""").param(programId).query(RecordRowMapper.of(PhaseChange.class)).list();
	}

	public void insertEntry(EntryRow entry, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into program_entries (id, program_id, exercise_code, sets, reps, minutes, hold_seconds, rpe_low,
				                             rpe_high, cautions, caution_note, added_at, added_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), entry.programId(), entry.exerciseCode(), entry.sets(), entry.reps(), entry.minutes(),
					entry.holdSeconds(), entry.rpeLow(), entry.rpeHigh(), entry.cautions(), entry.cautionNote(), now,
					username)
			.update();
	}

	/** The program's current exercises (removed ones are kept but not listed), in the order added. */
	public List<EntryRow> entries(UUID programId) {
		return jdbc.sql("""
				select id, program_id, exercise_code, sets, reps, minutes, hold_seconds, rpe_low, rpe_high, cautions,
				       caution_note, suspended_rules
				from program_entries where program_id = ? and removed_at is null order by added_at, id""")
			.param(programId)
			.query(RecordRowMapper.of(EntryRow.class))
			.list();
	}

	/** The day the program was started, in the practice's time zone (the database may answer in any offset). */
	public LocalDate startedOn(UUID programId) {
		return jdbc.sql("select created_at from programs where id = ?").param(programId)
			.query(OffsetDateTime.class).single().atZoneSameInstant(time.zone()).toLocalDate();
	}

	/** Every current exercise of every active program, for a re-check after a rule change. */
	public List<EntryRow> activeEntries() {
		return jdbc.sql("""
				select e.id, e.program_id, e.exercise_code, e.sets, e.reps, e.minutes, e.hold_seconds, e.rpe_low,
				       e.rpe_high, e.cautions, e.caution_note, e.suspended_rules
				from program_entries e join programs p on p.id = e.program_id
				where p.status = 'ACTIVE' and e.removed_at is null""").query(RecordRowMapper.of(EntryRow.class)).list();
	}

	public boolean updateDose(UUID entryId, EntryRow dose) {
		return jdbc.sql("""
				update program_entries set sets = ?, reps = ?, minutes = ?, hold_seconds = ?, rpe_low = ?, rpe_high = ?,
				       cautions = ?, caution_note = ?
				where id = ? and removed_at is null""")
			.params(dose.sets(), dose.reps(), dose.minutes(), dose.holdSeconds(), dose.rpeLow(), dose.rpeHigh(),
					dose.cautions(), dose.cautionNote(), entryId)
			.update() == 1;
	}

	public boolean remove(UUID entryId, OffsetDateTime now) {
		return jdbc.sql("update program_entries set removed_at = ? where id = ? and removed_at is null")
			.params(now, entryId)
			.update() == 1;
	}

	/** Marks an exercise as excluded by rules added since it was chosen (null rules lifts the mark). */
	public void suspend(UUID entryId, @Nullable String rules, @Nullable OffsetDateTime now) {
		jdbc.sql("update program_entries set suspended_rules = ?, suspended_at = ? where id = ?")
			.params(rules, now, entryId)
			.update();
	}

	public static String join(List<String> codes) {
		return String.join(",", codes);
	}

	static List<String> split(@Nullable String codes) {
		return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
	}


	public List<FlagRow> flagsOf(UUID clientId) {
		return jdbc.sql("select * from client_exercise_flags where client_id = ? order by flagged_at, exercise_code").param(clientId)
			.query(RecordRowMapper.of(FlagRow.class)).list();
	}

	/** Every client's flags, for the system's re-check of all programs. */
	public Map<UUID, List<FlagRow>> flagsOfAll() {
		return jdbc.sql("select * from client_exercise_flags order by flagged_at, exercise_code")
			.query(RecordRowMapper.of(FlagRow.class)).list().stream()
			.collect(Collectors.groupingBy(FlagRow::clientId));
	}

	public boolean isFlagged(UUID clientId, String exerciseCode) {
		return jdbc.sql("select count(*) from client_exercise_flags where client_id = ? and exercise_code = ?")
			.params(clientId, exerciseCode).query(Long.class).single() > 0;
	}

	public void insertFlag(FlagRow flag) {
		jdbc.sql("insert into client_exercise_flags (client_id, exercise_code, reason, flagged_at, flagged_by) values (?, ?, ?, ?, ?)")
			.params(flag.clientId(), flag.exerciseCode(), flag.reason(), flag.flaggedAt(), flag.flaggedBy())
			.update();
	}

	public boolean deleteFlag(UUID clientId, String exerciseCode) {
		return jdbc.sql("delete from client_exercise_flags where client_id = ? and exercise_code = ?").params(clientId, exerciseCode)
			.update() == 1;
	}

}
