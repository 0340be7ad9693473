package org.medexpro.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.internal.AuditLedger;
import org.medexpro.audit.internal.AuditLedger.NewEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way every module records access to client health information.
 * <p>
 * {@link #record} and {@link #recordReads} must run inside the caller's transaction
 * (they refuse to run outside one): the entry commits with the access or not at all, so
 * there is never data without its audit entry (fail closed). The user and the source
 * (page, API) are taken from the current request.
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
		ledger.append(List.of(NewEntry.now(action, entity, entityId, clientId, detail)));
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
		ledger.append(clientIds.stream().map(id -> NewEntry.now(action, entity, id, id, null)).toList());
	}

	/**
	 * Records an event that has no business transaction of its own, or whose transaction
	 * will roll back (a refused access, a failed login): in a transaction of its own.
	 * Call it before the current transaction has recorded anything, since the chain is
	 * appended one transaction at a time.
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
		ledger.append(List.of(NewEntry.now(AuditAction.READ, "AuditTrail", null, query.clientId(),
				entries.size() + " entries")));
		return entries;
	}

	/** Re-computes the whole chain and reports the first entry that does not match. */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		return ledger.verify();
	}

}
