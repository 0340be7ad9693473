package org.medexpro.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.medexpro.assessment.internal.AssessmentRepository;
import org.medexpro.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one guard of invariant 2, for every module that schedules, programs or logs
 * training: a client with an unresolved red flag, or a Post Rehab client without a
 * physician referral, is refused (422, naming the red flags) until a clearance is recorded.
 */
@Service
public class TrainingGuard {

	public static final String RULE = "CLEARANCE_REQUIRED";

	private final AssessmentRepository repository;

	TrainingGuard(AssessmentRepository repository) {
		this.repository = repository;
	}

	/**
	 * @throws RuleViolationException with rule {@code CLEARANCE_REQUIRED} and the open red
	 * flags' codes in {@code redFlags}
	 */
	@Transactional(readOnly = true)
	public void requireClearedForTraining(UUID clientId) {
		if (isClearedForTraining(clientId)) {
			return;
		}
		List<RedFlag> open = repository.openRedFlags(clientId);
		throw new RuleViolationException(RULE, why(open), Map.of("redFlags", open.stream().map(RedFlag::code).toList()));
	}

	/** Why the client may not train now (naming the open red flags), for a page to show; empty when cleared. */
	@Transactional(readOnly = true)
	public Optional<String> whyNotCleared(UUID clientId) {
		return isClearedForTraining(clientId) ? Optional.empty() : Optional.of(why(repository.openRedFlags(clientId)));
	}

	private static String why(List<RedFlag> open) {
		List<String> codes = open.stream().map(RedFlag::code).toList();
		String why = open.isEmpty()
				? "the client is within 365 days of surgery, injury or onset (Post Rehab) and has no physician referral"
				: "open red flag" + (open.size() > 1 ? "s " : " ") + String.join(", ", codes) + " ("
						+ open.get(0).description() + (open.size() > 1 ? ", …" : "") + ")";
		return "No training until a physician clearance is recorded: " + why + ".";
	}

	@Transactional(readOnly = true)
	public boolean isClearedForTraining(UUID clientId) {
		// An open red flag refuses training even if a concurrent clearance released the hold.
		return repository.hold(clientId).isEmpty() && !repository.hasOpenRedFlags(clientId);
	}

}
