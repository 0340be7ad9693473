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
