package org.medexpro.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.ClientCondition;
import org.medexpro.assessment.ConditionAdded;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.reports.internal.StatusEventRepository;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.PracticeTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the physician hears of in a change-in-status letter besides a change of status: a
 * hospital stay staff record, and a new diagnosis, recorded when a condition is added to a
 * client in training (in the transaction that adds it).
 */
@Service
public class StatusEventService {

	/** The statuses of a client in training: a condition added then is a new diagnosis for the physician. */
	private static final Set<ClientStatus> IN_TRAINING = EnumSet.of(ClientStatus.ACTIVE, ClientStatus.MAINTENANCE,
			ClientStatus.ON_HOLD);

	private final StatusEventRepository events;

	private final ClientService clients;

	private final AuditTrail audit;

	private final PracticeTime time;

	private final Clock clock;

	StatusEventService(StatusEventRepository events, ClientService clients, AuditTrail audit, PracticeTime time, Clock clock) {
		this.events = events;
		this.clients = clients;
		this.audit = audit;
		this.time = time;
		this.clock = clock;
	}

	/**
	 * Records a hospital stay of the client: a change-in-status letter is due within 24 hours.
	 * @param leftOn the day the client left hospital, when they have
	 */
	@Transactional
	public StatusEvent recordHospitalStay(UUID clientId, @Nullable LocalDate admittedOn, @Nullable LocalDate leftOn,
			@Nullable String reason) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		LocalDate today = LocalDate.now(clock.withZone(time.zone()));
		if (admittedOn == null || admittedOn.isAfter(today)) {
			throw new FieldErrorsException("admittedOn", "give the day of admission, today or earlier");
		}
		if (leftOn != null && (leftOn.isBefore(admittedOn) || leftOn.isAfter(today))) {
			throw new FieldErrorsException("leftOn", "must be on or after the day of admission, and not after today");
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > 500) {
			throw new FieldErrorsException("reason", "must be at most 500 characters");
		}
		String description = "a hospital stay from " + admittedOn + (leftOn != null ? " to " + leftOn : "")
				+ (why != null ? " (" + why + ")" : "");
		StatusEvent event = new StatusEvent(UUID.randomUUID(), clientId, StatusEvent.Kind.HOSPITAL_STAY, admittedOn, leftOn,
				description, now(), CurrentStaff.username());
		events.insert(event);
		audit.record(AuditAction.CREATE, "HospitalStay", event.id(), clientId, admittedOn.toString());
		return event;
	}

	/** A condition added to a client in training is a new diagnosis the physician hears of. */
	@EventListener
	void on(ConditionAdded added) {
		if (!IN_TRAINING.contains(clients.get(added.clientId()).status())) {
			return;
		}
		ClientCondition condition = added.condition();
		StatusEvent event = new StatusEvent(UUID.randomUUID(), added.clientId(), StatusEvent.Kind.NEW_DIAGNOSIS,
				LocalDate.now(clock.withZone(time.zone())), null, "a new condition: " + condition.name()
						+ (condition.side() != null ? ", " + condition.side().toLowerCase(java.util.Locale.ROOT) : "")
						+ (condition.icd10() != null ? " (ICD-10-CM " + condition.icd10() + ")" : ""),
				now(), CurrentStaff.username());
		events.insert(event);
		audit.record(AuditAction.CREATE, "StatusEvent", event.id(), added.clientId(), event.kind().name());
	}

	/** The client's hospital stays and new diagnoses, oldest first (audited). */
	@Transactional
	public List<StatusEvent> ofClient(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "StatusEvent", clientId, clientId, null);
		return events.ofClient(clientId);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
