package org.medexpro.clients;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.internal.ClientRepository;
import org.medexpro.security.CurrentStaff;
import org.medexpro.security.Role;
import org.medexpro.security.StaffService;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client registry's API. Every method checks what the signed-in staff member may see
 * of the client (their role and care team), and writes the audit entry in the same
 * transaction as the read or write. A refused access is audited too, and answers as if the
 * client did not exist.
 */
@Service
public class ClientService {

	/** The key of the current transaction's checked access (see {@link #grantedInThisTransaction}). */
	private static final Object ACCESS_KEY = new Object();

	/** How many clients a search lists at most: a page, which keeps each search's audit small. */
	public static final int SEARCH_LIMIT = 20;

	private final ClientRepository clients;

	private final AuditTrail audit;

	private final StaffService staff;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration breakGlassDuration;

	private final ApplicationEventPublisher events;

	ClientService(ClientRepository clients, AuditTrail audit, StaffService staff, PlatformTransactionManager transactions,
			Clock clock, @Value("${medex.clients.break-glass-duration:60m}") Duration breakGlassDuration,
			ApplicationEventPublisher events) {
		this.events = events;
		this.clients = clients;
		this.audit = audit;
		this.staff = staff;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.breakGlassDuration = breakGlassDuration;
	}

	/**
	 * Registers a client with status {@code REFERRED}. A trainer who registers a client
	 * joins their care team.
	 */
	public ClientDetails register(ClientData data) {
		checkConsent(data);
		return inTransaction(() -> {
			UUID id = UUID.randomUUID();
			OffsetDateTime now = now();
			String username = CurrentStaff.username();
			clients.insert(id, data, ClientStatus.REFERRED, now, username);
			clients.insertStatusChange(id, null, ClientStatus.REFERRED, "registered", now, username);
			if (CurrentStaff.has(Role.TRAINER)) {
				clients.addToCareTeam(id, username, now, username);
			}
			audit.record(AuditAction.CREATE, "Client", id, id, null);
			return clients.find(id).orElseThrow();
		});
	}

	/** The client's record (contact level), audited as a read. */
	public ClientDetails get(UUID id) {
		require(id, ClientAccessLevel.CONTACT);
		return inTransaction(() -> {
			ClientDetails client = clients.find(id).orElseThrow(() -> new NotFoundException("Client"));
			audit.record(AuditAction.READ, "Client", id, id, null);
			return client;
		});
	}

	/**
	 * Finds clients by name (each word a prefix of the first or last name) or by date of
	 * birth ({@code 1964-08-12}). A trainer finds only the clients they may open.
	 * Each client listed is audited.
	 */
	public List<ClientListItem> search(String query) {
		return search(query, false, SEARCH_LIMIT);
	}

	/** As {@link #search(String)}, listing at most {@code limit} clients (1 to 100). */
	public List<ClientListItem> search(String query, int limit) {
		if (limit < 1 || limit > 100) {
			throw new FieldErrorsException("limit", "must be between 1 and 100");
		}
		return search(query, false, limit);
	}

	/**
	 * Every client whose clinical record the signed-in staff member may open (the owner: all;
	 * a trainer: their care team and emergency accesses), by name, for practice-wide lists
	 * such as the documents due. Not audited here: the list that shows them audits what it shows.
	 */
	public List<ClientListItem> inMyCare() {
		if (!CurrentStaff.has(Role.OWNER) && !CurrentStaff.has(Role.TRAINER)) {
			return List.of();
		}
		String trainer = restrictedToCareTeam() ? CurrentStaff.username() : null;
		return inTransaction(() -> clients.search("", trainer, false, now(), 10_000));
	}

	/**
	 * Of these clients, the ones the signed-in staff member may see by name (everyone's for
	 * the owner, front desk and billing; a trainer's care team and emergency accesses), as a
	 * calendar or an invoice list shows them. Each one returned is audited as listed.
	 */
	public Map<UUID, ClientListItem> listed(java.util.Collection<UUID> ids) {
		String trainer = restrictedToCareTeam() ? CurrentStaff.username() : null;
		return inTransaction(() -> {
			Map<UUID, ClientListItem> found = new java.util.LinkedHashMap<>();
			for (ClientListItem item : clients.listItems(java.util.Set.copyOf(ids), trainer, now())) {
				found.put(item.id(), item);
			}
			audit.recordReads(AuditAction.SEARCH, "Client", found.keySet());
			return found;
		});
	}

	/**
	 * For a trainer: the clients matching the query who are not on their care team, by
	 * name and date of birth only, so that they can ask for emergency access.
	 */
	public List<ClientListItem> searchOutsideCareTeam(String query) {
		if (!restrictedToCareTeam()) {
			return List.of();
		}
		return search(query, true, SEARCH_LIMIT);
	}

	private List<ClientListItem> search(String query, boolean outsideCareTeam, int limit) {
		if (query.length() > 200) {
			throw new FieldErrorsException("q", "must be at most 200 characters");
		}
		String trainer = restrictedToCareTeam() ? CurrentStaff.username() : null;
		return inTransaction(() -> {
			List<ClientListItem> found = clients.search(query, trainer, outsideCareTeam, now(), limit);
			audit.recordReads(AuditAction.SEARCH, "Client", found.stream().map(ClientListItem::id).toList());
			return found;
		});
	}

	/**
	 * Applies an edit made on {@code version} of the record.
	 * @throws ConflictException when someone else saved the client since that version
	 */
	public ClientDetails update(UUID id, int version, ClientData data) {
		require(id, ClientAccessLevel.CONTACT);
		if (!CurrentStaff.has(Role.OWNER) && !CurrentStaff.has(Role.TRAINER) && !CurrentStaff.has(Role.FRONT_DESK)) {
			throw new org.springframework.security.access.AccessDeniedException("billing staff do not edit clients");
		}
		checkConsent(data);
		return inTransaction(() -> {
			if (!clients.update(id, version, data, now(), CurrentStaff.username())) {
				if (!clients.exists(id)) {
					throw new NotFoundException("Client");
				}
				throw new ConflictException(
						"Someone else changed this client since you opened it. Reload the client and apply your change again.");
			}
			audit.record(AuditAction.UPDATE, "Client", id, id, null);
			return clients.find(id).orElseThrow();
		});
	}

	/**
	 * Moves the client to another status of the lifecycle, with a reason.
	 * @throws ConflictException when the lifecycle does not allow it from the current status
	 */
	public ClientDetails changeStatus(UUID id, ClientStatus to, @Nullable String reason) {
		return changeStatus(id, to, reason, true);
	}

	private ClientDetails changeStatus(UUID id, ClientStatus to, @Nullable String reason, boolean byHand) {
		require(id, ClientAccessLevel.CLINICAL);
		return inTransaction(() -> {
			ClientDetails client = clients.find(id).orElseThrow(() -> new NotFoundException("Client"));
			if (byHand && client.status().canMoveTo(to) && !client.status().manualNext().contains(to)) {
				throw new ConflictException(to == ClientStatus.CLEARANCE_REQUIRED
						? "Raise a red flag on the client's chart: the client then waits for a physician's clearance."
						: "Record the physician's clearance on the client's chart: that lets the client train again.");
			}
			if (!client.status().canMoveTo(to)) {
				throw new ConflictException("A client who is " + client.status().label().toLowerCase()
						+ " cannot become " + to.label().toLowerCase() + ".");
			}
			OffsetDateTime now = now();
			if (!clients.updateStatus(id, client.status(), to, now, CurrentStaff.username())) {
				throw new ConflictException("The client's status changed meanwhile. Reload and try again.");
			}
			clients.insertStatusChange(id, client.status(), to, reason, now, CurrentStaff.username());
			audit.record(AuditAction.UPDATE, "Client", id, id, "status " + client.status() + " -> " + to);
			events.publishEvent(new ClientStatusChanged(id, client.status(), to, reason));
			return clients.find(id).orElseThrow();
		});
	}

	/** The client's status history, newest first (clinical detail). */
	public List<StatusChange> statusHistory(UUID id) {
		require(id, ClientAccessLevel.CLINICAL);
		return inTransaction(() -> {
			audit.record(AuditAction.READ, "ClientStatusHistory", id, id, null);
			return clients.statusHistory(id);
		});
	}

	/** The trainers on the client's care team (clinical detail). */
	public List<CareTeamMember> careTeam(UUID id) {
		require(id, ClientAccessLevel.CLINICAL);
		return inTransaction(() -> {
			audit.record(AuditAction.READ, "CareTeam", id, id, null);
			return clients.careTeam(id);
		});
	}

	/** Adds a trainer to the client's care team (OWNER). */
	public void addToCareTeam(UUID id, String username) {
		require(id, ClientAccessLevel.CLINICAL);
		var member = staff.find(username).filter(m -> m.enabled() && m.has(Role.TRAINER));
		if (member.isEmpty()) {
			throw new FieldErrorsException("username", "is not an active trainer");
		}
		inTransaction(() -> {
			if (clients.addToCareTeam(id, member.get().username(), now(), CurrentStaff.username())) {
				audit.record(AuditAction.UPDATE, "CareTeam", id, id, "added " + member.get().username());
			}
			return null;
		});
	}

	/** Removes a trainer from the client's care team (OWNER). */
	public void removeFromCareTeam(UUID id, String username) {
		require(id, ClientAccessLevel.CLINICAL);
		inTransaction(() -> {
			if (!clients.removeFromCareTeam(id, username)) {
				throw new NotFoundException("Care team member");
			}
			audit.record(AuditAction.UPDATE, "CareTeam", id, id, "removed " + username);
			return null;
		});
	}

	/**
	 * Emergency access: a trainer opens a client outside their care team for a limited
	 * time, giving a reason. Audited as its own kind of entry and shown to the owner.
	 */
	public BreakGlassGrant breakGlass(UUID id, String reason) {
		if (!CurrentStaff.has(Role.TRAINER)) {
			throw new RuleViolationException("break-glass", "Emergency access is for trainers; your role already decides what you see.");
		}
		if (reason.isBlank() || reason.length() > 500) {
			throw new FieldErrorsException("reason", "state why you need the record, in up to 500 characters");
		}
		return inTransaction(() -> {
			ClientDetails client = clients.find(id).orElseThrow(() -> new NotFoundException("Client"));
			OffsetDateTime now = now();
			UUID grantId = UUID.randomUUID();
			clients.insertGrant(grantId, id, CurrentStaff.username(), reason.strip(), now, now.plus(breakGlassDuration));
			audit.record(AuditAction.BREAK_GLASS, "Client", id, id, reason.strip());
			return new BreakGlassGrant(grantId, id, client.fullName(), CurrentStaff.username(), reason.strip(), now,
					now.plus(breakGlassDuration));
		});
	}

	/** Emergency accesses granted since a date (OWNER's review). */
	public List<BreakGlassGrant> breakGlassSince(LocalDate since) {
		if (!CurrentStaff.has(Role.OWNER)) {
			throw new org.springframework.security.access.AccessDeniedException("owner only");
		}
		return inTransaction(() -> {
			List<BreakGlassGrant> grants = clients.grantsSince(since.atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
			audit.recordReads(AuditAction.READ, "BreakGlassReview", grants.stream().map(BreakGlassGrant::clientId).distinct().toList());
			return grants;
		});
	}

	/** What the signed-in staff member may see of this client. */
	public ClientAccessLevel accessTo(UUID id) {
		if (CurrentStaff.has(Role.OWNER)) {
			return ClientAccessLevel.CLINICAL;
		}
		String username = CurrentStaff.username();
		if (CurrentStaff.has(Role.TRAINER)
				&& (clients.onCareTeam(id, username) || clients.hasActiveGrant(id, username, now()))) {
			return ClientAccessLevel.CLINICAL;
		}
		if (CurrentStaff.has(Role.FRONT_DESK) || CurrentStaff.has(Role.BILLING)) {
			return ClientAccessLevel.CONTACT;
		}
		return ClientAccessLevel.NONE;
	}

	/** The number of clients in the registry (not health information). */
	public long count() {
		return clients.count();
	}

	/**
	 * For other modules, before they read or write a client's records: refuses (audited, as
	 * “not found”) unless the signed-in staff member has this level of access. Call it first,
	 * before anything is audited in the current transaction.
	 */
	public void requireAccess(UUID id, ClientAccessLevel needed) {
		require(id, needed);
	}

	/**
	 * Moves the client toward a status along the lifecycle on behalf of another module's
	 * rule (an intake, a red flag, a clearance), passing through INTAKE from REFERRED. Does
	 * nothing when the client is already there or the lifecycle does not lead there.
	 */
	public void moveAlong(UUID id, ClientStatus target, String reason) {
		ClientDetails client = clients.find(id).orElseThrow(() -> new NotFoundException("Client"));
		if (client.status() == target) {
			return;
		}
		if (client.status() == ClientStatus.REFERRED && target != ClientStatus.INTAKE
				&& ClientStatus.INTAKE.canMoveTo(target)) {
			changeStatus(id, ClientStatus.INTAKE, reason, false);
			client = clients.find(id).orElseThrow();
		}
		if (client.status().canMoveTo(target)) {
			changeStatus(id, target, reason, false);
		}
	}

	private void require(UUID id, ClientAccessLevel needed) {
		Map<String, ClientAccessLevel> granted = grantedInThisTransaction();
		String key = CurrentStaff.username() + " " + id;
		ClientAccessLevel known = granted.get(key);
		if (known != null && known.allows(needed)) {
			return;
		}
		ClientAccessLevel level = accessTo(id);
		if (!level.allows(needed) || !clients.exists(id)) {
			audit.recordSeparately(AuditAction.ACCESS_DENIED, "Client", id, id, "needed " + needed);
			throw new NotFoundException("Client");
		}
		granted.put(key, level);
	}

	/**
	 * The access already checked in the current transaction, so that the modules one request
	 * passes through (a session log reads conditions, measures, programs, ...) ask the
	 * database once. Outside a transaction nothing is kept.
	 */
	private Map<String, ClientAccessLevel> grantedInThisTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new HashMap<>();
		}
		@SuppressWarnings("unchecked")
		Map<String, ClientAccessLevel> granted = (Map<String, ClientAccessLevel>) TransactionSynchronizationManager.getResource(ACCESS_KEY);
		if (granted == null) {
			Map<String, ClientAccessLevel> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(ACCESS_KEY, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void suspend() {
					TransactionSynchronizationManager.unbindResource(ACCESS_KEY);
				}

				@Override
				public void resume() {
					TransactionSynchronizationManager.bindResource(ACCESS_KEY, fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ACCESS_KEY);
				}

			});
			granted = fresh;
		}
		return granted;
	}

	private boolean restrictedToCareTeam() {
		return CurrentStaff.has(Role.TRAINER) && !CurrentStaff.has(Role.OWNER) && !CurrentStaff.has(Role.FRONT_DESK)
				&& !CurrentStaff.has(Role.BILLING);
	}

	private static void checkConsent(ClientData data) {
		if (data.consents() && data.consentDate() == null) {
			throw new FieldErrorsException("consentDate", "give the date the client consented");
		}
	}

	// Reads write their audit entry, so they are read-write transactions too.
	private <T> T inTransaction(Supplier<T> work) {
		return transaction.execute(status -> work.get());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
