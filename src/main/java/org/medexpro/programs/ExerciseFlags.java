package org.medexpro.programs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.programs.internal.ProgramRepository;
import org.medexpro.programs.internal.ProgramRepository.FlagRow;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exercises a professional takes out for one client, with why: an exercise that spread a disc
 * client's symptoms down the leg (catalogue row DSC-03), or that the client did not tolerate.
 * The engine excludes it for that client from then on (rule {@code CLIENT-FLAG}), and the client's
 * programs are checked again at once.
 */
@Service
public class ExerciseFlags {

	/** An exercise taken out for a client, as the pages and the API show it. */
	public record Flag(String exerciseCode, String name, String reason, OffsetDateTime flaggedAt, String flaggedBy) {
	}

	private final ProgramRepository repository;

	private final ProgramService programs;

	private final ClientService clients;

	private final KnowledgeBase knowledge;

	private final ExerciseGuard guard;

	private final AuditTrail audit;

	private final Clock clock;

	ExerciseFlags(ProgramRepository repository, ProgramService programs, ClientService clients, KnowledgeBase knowledge,
			ExerciseGuard guard, AuditTrail audit, Clock clock) {
		this.guard = guard;
		this.repository = repository;
		this.programs = programs;
		this.clients = clients;
		this.knowledge = knowledge;
		this.audit = audit;
		this.clock = clock;
	}

	/** The exercises taken out for the client (audited). */
	@Transactional
	public List<Flag> of(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "ExerciseFlag", clientId, clientId, null);
		return repository.flagsOf(clientId).stream().map(this::flag).toList();
	}

	/**
	 * @throws FieldErrorsException naming {@code exerciseCode} (not in the library) or {@code reason} (blank or too long)
	 * @throws ConflictException when the exercise is taken out for the client already
	 */
	@Transactional
	public Flag flag(UUID clientId, String exerciseCode, String reason) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		String code = guard.exercise(exerciseCode == null ? "" : exerciseCode.strip()).code();
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new FieldErrorsException("reason", "say why, in up to 500 characters (e.g. symptoms spread down the leg)");
		}
		if (repository.isFlagged(clientId, code)) {
			throw new ConflictException("That exercise is taken out for this client already.");
		}
		FlagRow row = new FlagRow(clientId, code, why, OffsetDateTime.now(clock), CurrentStaff.username());
		repository.insertFlag(row);
		audit.record(AuditAction.CREATE, "ExerciseFlag", clientId, clientId, code);
		programs.recheckActiveProgramsOf(clientId);
		return flag(row);
	}

	/** Gives the exercise back to the client (nothing happens when it was not taken out). */
	@Transactional
	public void unflag(UUID clientId, String exerciseCode) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		if (repository.deleteFlag(clientId, exerciseCode)) {
			audit.record(AuditAction.UPDATE, "ExerciseFlag", clientId, clientId, exerciseCode + " given back");
			programs.recheckActiveProgramsOf(clientId);
		}
	}

	private Flag flag(FlagRow row) {
		String name = knowledge.exercise(row.exerciseCode()).map(e -> e.name()).orElse(row.exerciseCode());
		return new Flag(row.exerciseCode(), name, row.reason(), row.flaggedAt(), row.flaggedBy());
	}

}
