package org.medexpro.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.DemandPredicate;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.MovementClause;
import org.medexpro.knowledge.Joint;
import org.medexpro.knowledge.Motion;
import org.medexpro.knowledge.Position;
import org.medexpro.knowledge.RuleLevel;
import org.medexpro.programs.ClientProfile.ConditionFacts;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not part of the suite (tag {@code benchmark}; run by {@code bench/engine.sh}):
 * a practice of 10,000 clients, each with an active knee osteoarthritis program of six
 * exercises the engine allowed, on the real application and its H2 file; then the owner
 * adds a rule and every active program is checked again in that transaction. Prints and
 * writes the time from the request to the commit (target: under 10 s).
 */
@MedexIntegrationTest
@Tag("benchmark")
class ProgramRecheckBenchmarkTests {

	static final int CLIENTS = Integer.getInteger("medex.bench.clients", 10_000);

	static final int ENTRIES = 6;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExerciseEngine engine;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void recheckEveryActiveProgramOfTenThousandClientsAfterARuleChange() throws IOException {
		long seeded = seed(new Random(20261204L));
		ContraindicationRule rule = new ContraindicationRule("BENCH-KNEE-DEEP-" + System.nanoTime(), "KNEE_OSTEOARTHRITIS",
				List.of(), List.of("LEFT"), List.of(), null, null, List.of(), List.of(), null,
				new DemandPredicate(List.of(new MovementClause(List.of(Joint.KNEE), List.of(Motion.FLEXION), 60, List.of())),
						null, null, List.of(Position.STANDING), null, null, null, List.of(), List.of(), null),
				RuleLevel.EXCLUDE, "Benchmark: no standing knee bends past 60° for a flaring left knee.", "benchmark", null);
		long auditBefore = count("audit_entries");
		long start = System.nanoTime();
		Fixtures.as("owner", Set.of(Role.OWNER), () -> knowledge.addRule(rule));
		double seconds = (System.nanoTime() - start) / 1e9;
		long suspended = jdbc.queryForObject("select count(*) from program_entries where suspended_rules = ?", Long.class,
				rule.code());
		String report = """
				Re-check after a rule change (ProgramRecheckBenchmarkTests, %s)
				clients with an active program: %,d; active program exercises: %,d
				exercises suspended by the new rule: %,d; audit entries written: %,d
				addRule to commit, including the re-check: %.2f s (target under 10 s)
				""".formatted(LocalDate.now(), CLIENTS, seeded, suspended, count("audit_entries") - auditBefore, seconds);
		System.out.println(report);
		Path out = Path.of("target", "benchmarks", "recheck.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);

		// Every client here has a left knee with osteoarthritis and nothing else the rule asks about,
		// so each seeded exercise the rule's demands match must now be suspended, and no other.
		List<String> matched = knowledge.exercises().stream().filter(e -> rule.demands().matches(e.demands()))
			.map(e -> e.code()).toList();
		List<Map<String, Object>> seededEntries = jdbc.queryForList(
				"select exercise_code, suspended_rules from program_entries where added_by = 'bench'");
		long shouldBeSuspended = seededEntries.stream().filter(e -> matched.contains((String) e.get("EXERCISE_CODE"))).count();
		assertThat(shouldBeSuspended).as("the new rule excludes some seeded exercises").isPositive();
		assertThat(seededEntries).allSatisfy(e -> assertThat(e.get("SUSPENDED_RULES")).as((String) e.get("EXERCISE_CODE"))
			.isEqualTo(matched.contains((String) e.get("EXERCISE_CODE")) ? rule.code() : null));
		assertThat(suspended).isEqualTo(shouldBeSuspended);
	}

	/** Clients, conditions and programs straight into the tables, as the modules store them; six allowed exercises each. */
	private long seed(Random random) {
		LocalDate today = LocalDate.now();
		Timestamp now = Timestamp.from(OffsetDateTime.now().toInstant());
		String[][] extra = { {}, { "HYPERTENSION" }, { "TYPE_2_DIABETES" }, { "HYPERTENSION", "OSTEOPOROSIS" } };
		Map<Integer, List<String>> allowed = new HashMap<>();
		// The programs are at phase 1: its own rules count for what the engine allows.
		List<ContraindicationRule> phaseRules = knowledge.protocol("KNEE_OSTEOARTHRITIS").orElseThrow().phase(1).orElseThrow()
			.contraindications().stream()
			.map(r -> r.withOrigin(ContraindicationRule.Origin.PROTOCOL, "KNEE_OSTEOARTHRITIS"))
			.toList();
		List<Object[]> clients = new ArrayList<>();
		List<Object[]> conditions = new ArrayList<>();
		List<Object[]> programs = new ArrayList<>();
		List<Object[]> entries = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			UUID client = UUID.randomUUID();
			String last = "Bench" + i;
			clients.add(new Object[] { client, "Client", last, "client", last.toLowerCase(), Date.valueOf("1950-01-01"),
					"FEMALE", false, "ACTIVE", now, "bench", now, "bench", 0 });
			int kind = random.nextInt(extra.length);
			List<ConditionFacts> facts = new ArrayList<>();
			LocalDate knee = today.minusYears(3 + random.nextInt(5));
			conditions.add(new Object[] { UUID.randomUUID(), client, "KNEE_OSTEOARTHRITIS", "LEFT", null, Date.valueOf(knee), true, now, "bench" });
			facts.add(new ConditionFacts("KNEE_OSTEOARTHRITIS", "LEFT", null, knee, 1, phaseRules));
			for (String code : extra[kind]) {
				LocalDate since = today.minusYears(2 + random.nextInt(10));
				conditions.add(new Object[] { UUID.randomUUID(), client, code, null, null, Date.valueOf(since), true, now, "bench" });
				facts.add(new ConditionFacts(code, null, null, since, null, List.of()));
			}
			List<String> choices = allowed.computeIfAbsent(kind, k -> engine.options(ClientProfile.of(today, facts, Map.of()))
				.indicated().stream().filter(o -> o.cautions().isEmpty()).map(ExerciseOptions.Indicated::exerciseCode).toList());
			UUID program = UUID.randomUUID();
			programs.add(new Object[] { program, client, "KNEE_OSTEOARTHRITIS", "KNEE_OSTEOARTHRITIS", 1, Date.valueOf(today),
					"ACTIVE", now, "bench", 0 });
			for (int e = 0; e < ENTRIES; e++) {
				entries.add(new Object[] { UUID.randomUUID(), program, choices.get(random.nextInt(choices.size())), 2, 10, 11, 13,
						now, "bench" });
			}
		}
		transactions.executeWithoutResult(tx -> {
			jdbc.batchUpdate("""
					insert into clients (id, first_name, last_name, first_name_key, last_name_key, date_of_birth, sex,
					  consent_to_share, status, created_at, created_by, updated_at, updated_by, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clients);
			jdbc.batchUpdate("""
					insert into client_conditions (id, client_id, condition_code, side, approach, event_date, active, created_at, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", conditions);
			jdbc.batchUpdate("""
					insert into programs (id, client_id, protocol_code, condition_code, phase, phase_started_on, status,
					  created_at, created_by, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", programs);
			jdbc.batchUpdate("""
					insert into program_entries (id, program_id, exercise_code, sets, reps, rpe_low, rpe_high, added_at, added_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
		});
		return entries.size();
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
