package org.medexpro.audit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.internal.AuditLedger;
import org.medexpro.audit.internal.AuditLedger.NewEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way every module records access to client health information.
 * <p>
 * {@link #record} and {@link #recordReads} must run inside the caller's transaction
 * (they refuse to run outside one): the entry commits with the access or not at all, so
 * there is never data without its audit entry (fail closed). The user and the source
 * (page, API) are taken from the current request.
 * <p>
 * A transaction's entries are appended together just before it commits: the chain head
 * is then locked only for that moment, not for the whole transaction, so concurrent
 * requests do not queue behind each other's work (docs/benchmarks.md). If the append
 * fails, the transaction rolls back.
 */
@Service
public class AuditTrail {

	private final AuditLedger ledger;

	AuditTrail(AuditLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * Records one access in the caller's transaction.
	 * @param entity the kind of record, e.g. {@code Client}
	 * @param clientId the client whose information it is, when it is a client's
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String entity, @Nullable Object entityId, @Nullable UUID clientId,
			@Nullable String detail) {
		add(NewEntry.now(action, entity, entityId, clientId, detail));
	}

	/**
	 * Records, in the caller's transaction, that each of these clients' records was shown
	 * in a search result or list: one entry per client.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordReads(AuditAction action, String entity, Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return;
		}
		clientIds.forEach(id -> add(NewEntry.now(action, entity, id, id, null)));
	}

	/**
	 * One entry per fact: a transaction that reads the same record twice (a rule and the
	 * page both reading the client's conditions) records that access once.
	 */
	private void add(NewEntry entry) {
		pending().add(entry);
	}

	/** The current transaction's entries, appended to the ledger when it is about to commit. */
	private Set<NewEntry> pending() {
		@SuppressWarnings("unchecked")
		Set<NewEntry> pending = (Set<NewEntry>) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			return pending;
		}
		Set<NewEntry> entries = new LinkedHashSet<>();
		TransactionSynchronizationManager.bindResource(this, entries);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				ledger.append(List.copyOf(entries));
				entries.clear();
			}

			// A transaction started inside this one (REQUIRES_NEW) keeps its own entries.
			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResource(AuditTrail.this);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(AuditTrail.this, entries);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
			}

		});
		return entries;
	}

	/**
	 * Records an event that has no business transaction of its own, or whose transaction
	 * will roll back (a refused access, a failed login): in a transaction of its own,
	 * committed at once.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSeparately(AuditAction action, @Nullable String entity, @Nullable Object entityId,
			@Nullable UUID clientId, @Nullable String detail) {
		ledger.append(List.of(NewEntry.now(action, entity, entityId, clientId, detail)));
	}

	/** Records a security event for a named user (a login, a failed login) in its own transaction. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFor(String username, AuditAction action, @Nullable String detail) {
		ledger.append(List.of(NewEntry.now(action, null, null, null, detail).by(username)));
	}

	/** The newest entries first, as filtered. */
	@Transactional(readOnly = true)
	public List<AuditEntry> find(AuditQuery query) {
		return ledger.find(query);
	}

	/**
	 * The trail as the owner reviews it: the entries, and an entry recording that they were
	 * read (the trail names clients, so reading it is itself audited).
	 */
	@Transactional
	public List<AuditEntry> review(AuditQuery query) {
		List<AuditEntry> entries = ledger.find(query);
		add(NewEntry.now(AuditAction.READ, "AuditTrail", null, query.clientId(), entries.size() + " entries"));
		return entries;
	}

	/** Re-computes the whole chain and reports the first entry that does not match. */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		return ledger.verify();
	}

}
