package org.medexpro.physicians;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.physicians.internal.RelationsRepository;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Medical relations: the gatekeepers of a physician's practice, the referrals received and
 * their conversion to clients, every communication with the office, and the follow-ups
 * that keep the relationship (a thank-you letter after each referral, a visit every
 * quarter). What names a client is access-checked and audited.
 */
@Service
public class MedicalRelationsService {

	/** Days after a referral by which the thank-you letter is due [D]. */
	static final int THANK_YOU_WITHIN_DAYS = 2;

	/** Days between visits to a referring practice [D]: “a visit every quarter”. */
	static final int VISIT_EVERY_DAYS = 91;

	private final RelationsRepository relations;

	private final PhysicianService physicians;

	private final ClientService clients;

	private final AuditTrail audit;

	private final Validator validator;

	private final Clock clock;

	MedicalRelationsService(RelationsRepository relations, PhysicianService physicians, ClientService clients,
			AuditTrail audit, Validator validator, Clock clock) {
		this.relations = relations;
		this.physicians = physicians;
		this.clients = clients;
		this.audit = audit;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	public Gatekeeper addGatekeeper(UUID physicianId, Gatekeeper.Data data) {
		physicians.get(physicianId);
		FieldErrorsException.requireValid(validator, data);
		UUID id = UUID.randomUUID();
		relations.insertGatekeeper(id, physicianId, data, now(), CurrentStaff.username());
		return relations.gatekeepers(physicianId).stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Gatekeeper> gatekeepers(UUID physicianId) {
		physicians.get(physicianId);
		return relations.gatekeepers(physicianId);
	}

	/**
	 * Records a referral (API.md {@code POST /referrals}) and the follow-ups it calls for: a
	 * thank-you letter within two days, and a visit to the practice if none is planned.
	 */
	@Transactional
	public Referral recordReferral(Referral.Data data) {
		FieldErrorsException.requireValid(validator, data);
		physicians.find(data.physicianId()).orElseThrow(() -> new FieldErrorsException("physicianId", "is not a physician of the registry"));
		if (data.clientId() != null) {
			clients.requireAccess(data.clientId(), ClientAccessLevel.CLINICAL);
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		relations.insertReferral(id, data, now, CurrentStaff.username());
		audit.record(AuditAction.CREATE, "Referral", id, data.clientId(), data.icd10());
		relations.insertTask(UUID.randomUUID(), data.physicianId(), data.clientId(), FollowUpTask.Kind.THANK_YOU_LETTER,
				data.receivedOn().plusDays(THANK_YOU_WITHIN_DAYS), null, now, CurrentStaff.username());
		boolean visitPlanned = relations.openTasks().stream()
			.anyMatch(t -> t.physicianId().equals(data.physicianId()) && t.kind() == FollowUpTask.Kind.QUARTERLY_VISIT);
		if (!visitPlanned) {
			relations.insertTask(UUID.randomUUID(), data.physicianId(), null, FollowUpTask.Kind.QUARTERLY_VISIT,
					today().plusDays(VISIT_EVERY_DAYS), null, now, CurrentStaff.username());
		}
		return relations.referral(id).orElseThrow();
	}

	/**
	 * The referred person is registered: the referral becomes the client's. A referral linked
	 * already is moved only by someone who may open the client it leaves.
	 */
	@Transactional
	public Referral linkReferral(UUID referralId, int version, UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		Referral referral = relations.referral(referralId).orElseThrow(() -> new NotFoundException("Referral"));
		UUID before = referral.clientId();
		boolean moved = before != null && !before.equals(clientId);
		if (moved) {
			clients.requireAccess(before, ClientAccessLevel.CLINICAL);
		}
		if (!relations.linkReferral(referralId, version, clientId)) {
			throw new ConflictException("Someone else changed this referral since you opened it. Reload and try again.");
		}
		if (moved) {
			audit.record(AuditAction.UPDATE, "Referral", referralId, before, "moved to another client");
		}
		audit.record(AuditAction.UPDATE, "Referral", referralId, clientId, referral.icd10());
		return relations.referral(referralId).orElseThrow();
	}

	/** The referrals of the practice, newest first, as far as the signed-in staff member may see them (audited). */
	@Transactional
	public List<Referral> referrals(@Nullable UUID physicianId) {
		List<Referral> all = physicianId == null ? relations.referrals() : relations.referralsOf(physicianId);
		List<Referral> visible = all.stream().filter(r -> r.clientId() == null
				|| clients.accessTo(r.clientId()).allows(ClientAccessLevel.CLINICAL)).toList();
		audit.recordReads(AuditAction.SEARCH, "Referral", visible.stream().map(Referral::clientId)
			.filter(id -> id != null).distinct().toList());
		return visible;
	}

	@Transactional
	public List<Referral> referralsOfClient(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Referral", clientId, clientId, null);
		return relations.referralsOfClient(clientId);
	}

	/** Logs a communication: a document sent, a letter, a call, a visit (audited when it names a client). */
	@Transactional
	public Communication log(Communication.Data data) {
		FieldErrorsException.requireValid(validator, data);
		if (data.physicianId() == null && data.clientId() == null) {
			throw new FieldErrorsException("physicianId", "name the physician, the client, or both");
		}
		if (data.physicianId() != null) {
			physicians.find(data.physicianId()).orElseThrow(() -> new FieldErrorsException("physicianId", "is not a physician of the registry"));
		}
		if (data.clientId() != null) {
			clients.requireAccess(data.clientId(), ClientAccessLevel.CLINICAL);
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime at = now();
		relations.insertCommunication(id, data, at, CurrentStaff.username());
		if (data.clientId() != null) {
			audit.record(AuditAction.CREATE, "Communication", id, data.clientId(), data.kind().name());
		}
		return new Communication(id, data.physicianId(), data.clientId(), data.kind(), data.channel(), data.documentId(),
				data.subject().strip(), data.note(), at, CurrentStaff.username());
	}

	/** Everything sent to or discussed with a physician's office, newest first, as far as the staff member may see it. */
	@Transactional
	public List<Communication> communicationsOf(UUID physicianId) {
		physicians.get(physicianId);
		List<Communication> visible = relations.communicationsOf(physicianId).stream()
			.filter(c -> c.clientId() == null || clients.accessTo(c.clientId()).allows(ClientAccessLevel.CLINICAL))
			.toList();
		audit.recordReads(AuditAction.SEARCH, "Communication", visible.stream().map(Communication::clientId)
			.filter(id -> id != null).distinct().toList());
		return visible;
	}

	@Transactional
	public List<Communication> communicationsOfClient(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Communication", clientId, clientId, null);
		return relations.communicationsOfClient(clientId);
	}

	/** How a document was sent (for the documents module, which checks access to its client). */
	@Transactional(readOnly = true)
	public List<Communication> sendingsOf(UUID documentId) {
		return relations.communicationsOfDocument(documentId);
	}

	/**
	 * When each of a client's documents was first sent or recorded as sent, by document id (for
	 * the documents module's deadlines, which checks access to the client).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, OffsetDateTime> documentsSentOfClient(UUID clientId) {
		return relations.documentsSentOfClient(clientId);
	}

	@Transactional(readOnly = true)
	public List<FollowUpTask> openTasks() {
		return relations.openTasks();
	}

	@Transactional(readOnly = true)
	public List<FollowUpTask> tasksOf(UUID physicianId) {
		return relations.tasksOf(physicianId);
	}

	/** Marks a follow-up done; a quarterly visit plans the next one. */
	@Transactional
	public void completeTask(UUID taskId) {
		FollowUpTask task = relations.openTasks().stream().filter(t -> t.id().equals(taskId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Open follow-up"));
		relations.completeTask(taskId, today());
		if (task.kind() == FollowUpTask.Kind.QUARTERLY_VISIT) {
			relations.insertTask(UUID.randomUUID(), task.physicianId(), null, FollowUpTask.Kind.QUARTERLY_VISIT,
					today().plusDays(VISIT_EVERY_DAYS), null, now(), CurrentStaff.username());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
