package org.medexpro.knowledge.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.DataFiles;
import org.medexpro.knowledge.Exercise;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * A practice's own exercises and rules: checked like the shipped files, stored as JSON,
 * and held in memory beside the library. The in-memory copy is this node's; on a practice
 * running several nodes, {@link #refresh()} takes in what the others added (the tables are
 * only ever added to).
 */
@Component
public class PracticeKnowledge {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final KnowledgeFiles files;

	private final Clock clock;

	private final List<Exercise> exercises = new CopyOnWriteArrayList<>();

	private final List<ContraindicationRule> rules = new CopyOnWriteArrayList<>();

	PracticeKnowledge(JdbcClient jdbc, KnowledgeFiles files, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.clock = clock;
		refresh();
	}

	/**
	 * Takes in the exercises and rules stored since this node last looked (by another node,
	 * or at start-up).
	 * @return whether anything was new
	 */
	public synchronized boolean refresh() {
		boolean newExercises = takeIn("practice_exercises", exercises, Exercise.class, Exercise::code);
		boolean newRules = takeIn("practice_rules", rules, ContraindicationRule.class, ContraindicationRule::code);
		return newExercises || newRules;
	}

	private <T> boolean takeIn(String table, List<T> held, Class<T> type, java.util.function.Function<T, String> code) {
		long stored = jdbc.sql("select count(*) from " + table).query(Long.class).single();
		if (stored <= held.size()) {
			return false;
		}
		Set<String> known = new HashSet<>();
		held.forEach(entry -> known.add(code.apply(entry)));
		boolean added = false;
		for (Map<String, Object> row : jdbc.sql("select code, definition from " + table + " order by created_at, code").query()
			.listOfRows()) {
			if (!known.contains((String) row.get("code"))) {
				held.add(JSON.readValue((String) row.get("definition"), type));
				added = true;
			}
		}
		return added;
	}

	public List<Exercise> exercises() {
		return exercises;
	}

	public List<ContraindicationRule> rules() {
		return rules;
	}

	/**
	 * @throws FieldErrorsException naming each field that is wrong
	 * @throws ConflictException when the code is taken
	 */
	public synchronized Exercise add(Exercise submitted, String username) {
		Exercise exercise = new Exercise(submitted.code(), submitted.name(), submitted.category(), submitted.purposes(),
				submitted.demands(), submitted.dose(), submitted.cues(), submitted.easier(), submitted.harder(),
				Exercise.Origin.PRACTICE, submitted.source());
		Set<String> codes = new HashSet<>();
		files.exercises().forEach(e -> codes.add(e.code()));
		exercises.forEach(e -> codes.add(e.code()));
		refuse(DataFiles.problems(exercise), () -> files.checks().exercise(exercise, codes));
		if (codes.contains(exercise.code())) {
			throw new ConflictException("An exercise with code " + exercise.code() + " already exists.");
		}
		insert("practice_exercises", exercise.code(), JSON.writeValueAsString(exercise), username);
		keepUnlessRolledBack(exercises, exercise);
		return exercise;
	}

	/**
	 * @throws FieldErrorsException naming each field that is wrong
	 * @throws ConflictException when the code is taken
	 */
	public synchronized ContraindicationRule add(ContraindicationRule submitted, String username) {
		ContraindicationRule rule = submitted.withOrigin(ContraindicationRule.Origin.PRACTICE, submitted.conditionCode());
		refuse(DataFiles.problems(rule), () -> files.checks().rule(rule));
		Set<String> codes = new HashSet<>();
		files.rules().forEach(r -> codes.add(r.code()));
		files.protocols().forEach(p -> p.phases().forEach(ph -> ph.contraindications().forEach(r -> codes.add(r.code()))));
		rules.forEach(r -> codes.add(r.code()));
		if (codes.contains(rule.code())) {
			throw new ConflictException("A contraindication rule with code " + rule.code() + " already exists.");
		}
		insert("practice_rules", rule.code(), JSON.writeValueAsString(rule), username);
		keepUnlessRolledBack(rules, rule);
		return rule;
	}

	/**
	 * In memory at once, so that the re-check of every program in the same transaction
	 * sees it; taken out again if that transaction rolls back.
	 */
	private static <T> void keepUnlessRolledBack(List<T> list, T entry) {
		list.add(entry);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						list.remove(entry);
					}
				}
			});
		}
	}

	private void insert(String table, String code, String json, String username) {
		if (json.length() > 20000) {
			throw new FieldErrorsException("code", "the definition is too long to store (over 20,000 characters)");
		}
		jdbc.sql("insert into " + table + " (code, definition, created_at, created_by) values (?, ?, ?, ?)")
			.params(code, json, OffsetDateTime.now(clock), username)
			.update();
	}

	/** Bean Validation first: the checks across entries need the fields it guarantees. */
	private static void refuse(Set<String> beanProblems, Supplier<Map<String, String>> checks) {
		List<FieldErrorsException.FieldMessage> errors = new ArrayList<>();
		for (String problem : beanProblems) {
			int colon = problem.indexOf(": ");
			errors.add(new FieldErrorsException.FieldMessage(problem.substring(0, colon), problem.substring(colon + 2)));
		}
		Map<String, String> checkProblems = errors.isEmpty() ? checks.get() : Map.of();
		checkProblems.forEach((field, message) -> errors.add(new FieldErrorsException.FieldMessage(field, message)));
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
	}

}
