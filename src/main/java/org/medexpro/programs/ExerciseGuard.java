package org.medexpro.programs;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.RuleLevel;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one check for every place an exercise enters a client's care (a program, a session
 * log, a copied program): an exercise excluded by any rule that applies to the client is
 * refused; a cautioned one only with the professional's acknowledgement and note.
 */
@Service
public class ExerciseGuard {

	/** 422 rule: the exercise is excluded for this client. */
	public static final String CONTRAINDICATED = "CONTRAINDICATED";

	/** 422 rule: the exercise is cautioned and the caution was not acknowledged with a note. */
	public static final String CAUTION_NOT_ACKNOWLEDGED = "CAUTION_NOT_ACKNOWLEDGED";

	private final ExerciseEngine engine;

	private final KnowledgeBase knowledge;

	private final ClientProfiles profiles;

	ExerciseGuard(ExerciseEngine engine, KnowledgeBase knowledge, ClientProfiles profiles) {
		this.engine = engine;
		this.knowledge = knowledge;
		this.profiles = profiles;
	}

	/**
	 * Refuses an exercise the client must not do (access-checked and audited as a read of
	 * their conditions).
	 * @return the cautions that were acknowledged, to be recorded with the exercise
	 * @throws RuleViolationException 422 {@code CONTRAINDICATED} or {@code CAUTION_NOT_ACKNOWLEDGED}, with {@code rules}
	 */
	@Transactional
	public List<RuleHit> requireAllowed(UUID clientId, String exerciseCode, boolean acknowledgeCautions,
			@Nullable String note) {
		return requireAllowed(profiles.of(clientId), exercise(exerciseCode), acknowledgeCautions, note);
	}

	/** An exercise about to enter a client's care, with the professional's acknowledgement of its cautions. */
	public record ExerciseUse(String exerciseCode, boolean acknowledgeCautions, @Nullable String note) {
	}

	/**
	 * Checks several exercises for one client against one reading of their record (a
	 * session log's exercises): all of them pass, or the request is refused naming each one
	 * that does not (as {@code entries[i]}).
	 * @return for each use, the cautions that were acknowledged
	 * @throws FieldErrorsException naming {@code entries[i].exerciseCode} for a code not in the library
	 * @throws RuleViolationException 422 {@code CONTRAINDICATED} or {@code CAUTION_NOT_ACKNOWLEDGED}, with {@code entries}
	 */
	@Transactional
	public List<List<RuleHit>> requireAllowed(UUID clientId, List<ExerciseUse> uses) {
		List<Exercise> exercises = new java.util.ArrayList<>();
		for (int i = 0; i < uses.size(); i++) {
			int index = i;
			exercises.add(knowledge.exercise(uses.get(i).exerciseCode())
				.orElseThrow(() -> new FieldErrorsException("entries[" + index + "].exerciseCode",
						"is not an exercise of the library (GET /api/v1/exercises)")));
		}
		if (uses.isEmpty()) {
			return List.of();
		}
		ClientProfile profile = profiles.of(clientId);
		List<List<RuleHit>> accepted = new java.util.ArrayList<>();
		List<Map<String, Object>> refused = new java.util.ArrayList<>();
		boolean excluded = false;
		for (int i = 0; i < uses.size(); i++) {
			ExerciseUse use = uses.get(i);
			List<RuleHit> hits = engine.check(profile, exercises.get(i));
			boolean excludes = hits.stream().anyMatch(h -> h.level() == RuleLevel.EXCLUDE);
			boolean unacknowledged = !hits.isEmpty() && (!use.acknowledgeCautions() || use.note() == null || use.note().isBlank());
			if (excludes || unacknowledged) {
				excluded |= excludes;
				refused.add(Map.of("index", i, "exerciseCode", use.exerciseCode(), "rules", hits));
			}
			accepted.add(hits);
		}
		if (!refused.isEmpty()) {
			String detail = refused.stream()
				.map(r -> exercises.get((Integer) r.get("index")).name() + " (" + reasons(hitsOf(r)) + ")")
				.collect(Collectors.joining("; "));
			throw new RuleViolationException(excluded ? CONTRAINDICATED : CAUTION_NOT_ACKNOWLEDGED,
					(excluded ? "Not for this client: " : "Needs the professional's acknowledgement and a note: ") + detail,
					Map.of("entries", refused));
		}
		return accepted;
	}

	/**
	 * What the rules say of each exercise for this client, without refusing anything: for a
	 * group's eligibility, where the professional is warned of the exercises not for the
	 * client (access-checked and audited as a read of their conditions).
	 * @return the rule hits of each exercise that has any, in the order given; unknown codes are left out
	 */
	@Transactional
	public Map<String, List<RuleHit>> hits(UUID clientId, List<String> exerciseCodes) {
		ClientProfile profile = profiles.of(clientId);
		Map<String, List<RuleHit>> hits = new java.util.LinkedHashMap<>();
		for (String code : exerciseCodes) {
			knowledge.exercise(code).ifPresent(exercise -> {
				List<RuleHit> found = engine.check(profile, exercise);
				if (!found.isEmpty()) {
					hits.put(code, found);
				}
			});
		}
		return hits;
	}

	@SuppressWarnings("unchecked")
	private static List<RuleHit> hitsOf(Map<String, Object> refused) {
		return (List<RuleHit>) refused.get("rules");
	}

	Exercise exercise(String code) {
		return knowledge.exercise(code)
			.orElseThrow(() -> new FieldErrorsException("exerciseCode", "is not an exercise of the library (GET /api/v1/exercises)"));
	}

	List<RuleHit> requireAllowed(ClientProfile profile, Exercise exercise, boolean acknowledgeCautions,
			@Nullable String note) {
		List<RuleHit> hits = engine.check(profile, exercise);
		List<RuleHit> excluding = hits.stream().filter(h -> h.level() == RuleLevel.EXCLUDE).toList();
		if (!excluding.isEmpty()) {
			throw new RuleViolationException(CONTRAINDICATED, exercise.name() + " is contraindicated for this client: "
					+ reasons(excluding), Map.of("exerciseCode", exercise.code(), "rules", excluding));
		}
		List<RuleHit> cautions = hits;
		if (!cautions.isEmpty() && (!acknowledgeCautions || note == null || note.isBlank())) {
			throw new RuleViolationException(CAUTION_NOT_ACKNOWLEDGED, exercise.name()
					+ " needs care with this client: " + reasons(cautions)
					+ ". Acknowledge the caution (acknowledgeCautions) and note why it is right for them.",
					Map.of("exerciseCode", exercise.code(), "rules", cautions));
		}
		return cautions;
	}

	static String reasons(List<RuleHit> hits) {
		return hits.stream().map(h -> h.reason() + " (" + h.rule() + ")").collect(Collectors.joining("; "));
	}

}
