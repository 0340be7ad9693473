package org.medexpro.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.internal.GoalRepository;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Measure;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Functional goals (meti-practice 5.5): 30-day short-term and 90-day long-term, measurable,
 * reset when met: a met goal is closed and the professional sets the next one.
 */
@Service
public class GoalService {

	/** Days to the target date of a short-term and a long-term goal. */
	public static final int SHORT_TERM_DAYS = 30;

	public static final int LONG_TERM_DAYS = 90;

	private final GoalRepository goals;

	private final ClientService clients;

	private final KnowledgeBase knowledge;

	private final AuditTrail audit;

	private final Clock clock;

	GoalService(GoalRepository goals, ClientService clients, KnowledgeBase knowledge, AuditTrail audit, Clock clock) {
		this.goals = goals;
		this.clients = clients;
		this.knowledge = knowledge;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sets a goal. Without a target date it is due in 30 (SHORT) or 90 (LONG) days.
	 * @param measureCode the outcome measure that shows it, with its target value
	 */
	@Transactional
	public Goal add(UUID clientId, String term, String description, @Nullable String measureCode,
			@Nullable BigDecimal targetValue, @Nullable LocalDate targetDate) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		if (!term.equals("SHORT") && !term.equals("LONG")) {
			throw new FieldErrorsException("term", "must be SHORT (30 days) or LONG (90 days)");
		}
		if (measureCode != null) {
			Measure measure = knowledge.measure(measureCode)
				.orElseThrow(() -> new FieldErrorsException("measureCode", "is not a measure (GET /api/v1/measures)"));
			if (targetValue == null) {
				throw new FieldErrorsException("targetValue", "give the target value of " + measure.code());
			}
			if (!measure.inRange(targetValue.doubleValue())) {
				throw new FieldErrorsException("targetValue", "must be between " + measure.format(measure.min()) + " and "
						+ measure.format(measure.max()) + " " + measure.unit());
			}
		}
		if (targetValue != null && targetValue.abs().compareTo(BigDecimal.valueOf(99_999_999)) > 0) {
			throw new FieldErrorsException("targetValue", "is too large");
		}
		if (description.isBlank() || description.length() > 500) {
			throw new FieldErrorsException("description", "describe the goal in up to 500 characters");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate due = targetDate != null ? targetDate : today.plusDays(term.equals("SHORT") ? SHORT_TERM_DAYS : LONG_TERM_DAYS);
		if (due.isBefore(today)) {
			throw new FieldErrorsException("targetDate", "must not be in the past");
		}
		UUID id = UUID.randomUUID();
		goals.insert(id, clientId, term, description.strip(), measureCode, targetValue, due, OffsetDateTime.now(clock),
				CurrentStaff.username());
		audit.record(AuditAction.CREATE, "Goal", id, clientId, null);
		return goals.goals(clientId).stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
	}

	/** The client's goals, open first (audited). */
	@Transactional
	public List<Goal> goals(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Goal", clientId, clientId, null);
		return goals.goals(clientId);
	}

	/** The client a goal belongs to (not health information: an id). */
	@Transactional(readOnly = true)
	public UUID clientOf(UUID goalId) {
		return goals.clientOf(goalId).orElseThrow(() -> new NotFoundException("Goal"));
	}

	/** Closes a goal as MET (on a date) or DISCONTINUED. */
	@Transactional
	public Goal close(UUID goalId, boolean met) {
		UUID clientId = goals.clientOf(goalId).orElseThrow(() -> new NotFoundException("Goal"));
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		if (!goals.close(goalId, met ? "MET" : "DISCONTINUED", met ? LocalDate.now(clock) : null)) {
			throw new ConflictException("This goal is already closed.");
		}
		audit.record(AuditAction.UPDATE, "Goal", goalId, clientId, met ? "met" : "discontinued");
		return goals.goals(clientId).stream().filter(g -> g.id().equals(goalId)).findFirst().orElseThrow();
	}

}
