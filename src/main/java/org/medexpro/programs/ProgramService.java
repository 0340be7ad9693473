package org.medexpro.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.ClientCondition;
import org.medexpro.assessment.TrainingGuard;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.Criterion;
import org.medexpro.knowledge.Dose;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Measure;
import org.medexpro.knowledge.Protocol;
import org.medexpro.knowledge.ProtocolPhase;
import org.medexpro.knowledge.RuleLevel;
import org.medexpro.outcomes.Measurement;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.programs.ClientProfile.ConditionFacts;
import org.medexpro.programs.SessionEvidence.SessionSummary;
import org.medexpro.programs.internal.ProgramRepository;
import org.medexpro.programs.internal.ProgramRepository.EntryRow;
import org.medexpro.programs.internal.ProgramRepository.ProgramRow;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs (points 5 and 6 of the 6-Point system): a client's protocol, its current phase
 * and exercises. Every exercise passes the {@link ExerciseGuard}; a program moves to the
 * next phase only when recorded data meet the phase's criteria.
 */
@Service
public class ProgramService {

	/** How many exercises a new program proposes from the phase's indicated ones. */
	static final int PROPOSED_EXERCISES = 6;

	private final ProgramRepository programs;

	private final ClientProfiles profiles;

	private final ExerciseEngine engine;

	private final ExerciseGuard guard;

	private final TrainingGuard trainingGuard;

	private final KnowledgeBase knowledge;

	private final OutcomeService outcomes;

	private final ObjectProvider<SessionEvidence> sessions;

	private final ClientService clients;

	private final AssessmentService assessment;

	private final AuditTrail audit;

	private final Validator validator;

	private final Clock clock;

	ProgramService(ClientService clients, AssessmentService assessment, ProgramRepository programs, ClientProfiles profiles,
			ExerciseEngine engine, ExerciseGuard guard, TrainingGuard trainingGuard, KnowledgeBase knowledge,
			OutcomeService outcomes, ObjectProvider<SessionEvidence> sessions, AuditTrail audit, Validator validator,
			Clock clock) {
		this.clients = clients;
		this.assessment = assessment;
		this.programs = programs;
		this.profiles = profiles;
		this.engine = engine;
		this.guard = guard;
		this.trainingGuard = trainingGuard;
		this.knowledge = knowledge;
		this.outcomes = outcomes;
		this.sessions = sessions;
		this.audit = audit;
		this.validator = validator;
		this.clock = clock;
	}

	/** Every exercise of the library for this client, indicated (ranked) or excluded (with all its rules). */
	@Transactional
	public ExerciseOptions options(UUID clientId) {
		ExerciseOptions options = engine.options(profiles.of(clientId));
		audit.record(AuditAction.READ, "ExerciseOptions", clientId, clientId, null);
		return options;
	}

	/**
	 * Starts a program from a protocol for a cleared client, proposing the best-ranked
	 * indicated exercises that serve the phase's purposes and need no caution.
	 * @throws RuleViolationException 422 while clearance is required, or when the protocol is not for the client's conditions
	 */
	@Transactional
	public Program create(UUID clientId, String protocolCode) {
		Protocol protocol = knowledge.protocol(protocolCode)
			.orElseThrow(() -> new FieldErrorsException("protocolCode", "is not a protocol (GET /api/v1/protocols)"));
		ConditionFacts condition = conditionFor(clientId, protocol);
		trainingGuard.requireClearedForTraining(clientId);
		requireNoActiveProgram(clientId, protocol);
		ProgramRow program = new ProgramRow(UUID.randomUUID(), clientId, protocol.code(), condition.code(), 1,
				LocalDate.now(clock), ProgramStatus.ACTIVE.name(), 0);
		ClientProfile profile = profiles.of(clientId, program);
		ProtocolPhase phase = protocol.phases().get(0);
		OffsetDateTime now = OffsetDateTime.now(clock);
		programs.insert(program, now, CurrentStaff.username());
		Set<String> purposesTaken = new HashSet<>();
		int added = 0;
		for (ExerciseOptions.Indicated option : engine.options(profile).indicated()) {
			Exercise exercise = knowledge.exercise(option.exerciseCode()).orElseThrow();
			boolean servesThePhase = exercise.purposes().stream().anyMatch(phase.purposes()::contains);
			if (added < PROPOSED_EXERCISES && option.cautions().isEmpty() && option.score() > 0 && servesThePhase
					&& phase.categories().contains(exercise.category()) && purposesTaken.add(option.purpose())) {
				programs.insertEntry(entry(program.id(), exercise, null, phase, List.of(), null), now, CurrentStaff.username());
				added++;
			}
		}
		audit.record(AuditAction.CREATE, "Program", program.id(), clientId, protocol.code());
		return view(programs.find(program.id()).orElseThrow());
	}

	/** A program with its exercises and the current phase's criteria checked against recorded data (audited). */
	@Transactional
	public Program program(UUID programId) {
		ProgramRow program = find(programId);
		clients.requireAccess(program.clientId(), ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Program", programId, program.clientId(), null);
		return view(program);
	}

	/** The client's programs, active first (audited). */
	@Transactional
	public List<Program> programs(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Program", clientId, clientId, null);
		return programs.ofClient(clientId).stream().map(this::view).toList();
	}

	/**
	 * The exercises of the client's active programs whose cautions the professional
	 * acknowledged, with the note: a session log takes them without asking again (audited).
	 */
	@Transactional
	public Map<String, String> acknowledgedCautions(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Program", clientId, clientId, "acknowledged cautions");
		Map<String, String> notes = new java.util.HashMap<>();
		for (ProgramRow program : programs.ofClient(clientId)) {
			if (program.status().equals(ProgramStatus.ACTIVE.name())) {
				for (EntryRow entry : programs.entries(program.id())) {
					if (entry.cautionNote() != null && entry.suspendedBy().isEmpty()) {
						notes.put(entry.exerciseCode(), entry.cautionNote());
					}
				}
			}
		}
		return notes;
	}

	/** The client a program belongs to (an id, not health information). */
	@Transactional(readOnly = true)
	public UUID clientOf(UUID programId) {
		return programs.clientOf(programId).orElseThrow(() -> new NotFoundException("Program"));
	}

	/**
	 * Adds an exercise with its dose (the library's starting dose and the phase's RPE where left out).
	 * @throws RuleViolationException 422 {@code CONTRAINDICATED} or {@code CAUTION_NOT_ACKNOWLEDGED} naming the rules
	 */
	@Transactional
	public ProgramEntry addExercise(UUID programId, EntryRequest request) {
		FieldErrorsException.requireValid(validator, request);
		ProgramRow program = activeProgram(programId);
		Exercise exercise = guard.exercise(request.exerciseCode());
		ProtocolPhase phase = phase(program);
		entry(program.id(), exercise, request, phase, List.of(), null); // a wrong dose is a 400 before any rule
		trainingGuard.requireClearedForTraining(program.clientId());
		List<RuleHit> cautions = guard.requireAllowed(profiles.of(program.clientId()), exercise, request.acknowledged(),
				request.note());
		EntryRow entry = entry(program.id(), exercise, request, phase, cautions, request.note());
		programs.insertEntry(entry, OffsetDateTime.now(clock), CurrentStaff.username());
		audit.record(AuditAction.CREATE, "ProgramEntry", entry.id(), program.clientId(), exercise.code());
		return view(entry);
	}

	/**
	 * Changes an exercise's dose; the exercise is checked again, as it stays in the client's
	 * care, and only for a client cleared for training. Cautions acknowledged before keep their
	 * note; a caution that was not there then needs the professional's own acknowledgement and note.
	 * @throws RuleViolationException 422 while clearance is required, or {@code CONTRAINDICATED} or
	 * {@code CAUTION_NOT_ACKNOWLEDGED} naming the rules
	 */
	@Transactional
	public ProgramEntry redose(UUID programId, UUID entryId, EntryRequest request) {
		FieldErrorsException.requireValid(validator, request);
		ProgramRow program = activeProgram(programId);
		EntryRow current = entryOf(program, entryId);
		if (!current.exerciseCode().equals(request.exerciseCode())) {
			throw new FieldErrorsException("exerciseCode", "cannot change: remove this exercise and add the other one");
		}
		Exercise exercise = guard.exercise(current.exerciseCode());
		ProtocolPhase phase = phase(program);
		entry(program.id(), exercise, request, phase, List.of(), null); // a wrong dose is a 400 before any rule
		trainingGuard.requireClearedForTraining(program.clientId());
		ClientProfile profile = profiles.of(program.clientId());
		boolean newCaution = engine.check(profile, exercise).stream()
			.anyMatch(h -> h.level() == RuleLevel.CAUTION && !current.cautionCodes().contains(h.rule()));
		boolean givenNote = request.note() != null && !request.note().isBlank();
		boolean acknowledged = request.acknowledged() || (!newCaution && current.cautionNote() != null);
		String note = givenNote || newCaution ? request.note() : current.cautionNote();
		List<RuleHit> cautions = guard.requireAllowed(profile, exercise, acknowledged, note);
		EntryRow dosed = entry(program.id(), exercise, request, phase, cautions, note);
		programs.updateDose(entryId, dosed);
		audit.record(AuditAction.UPDATE, "ProgramEntry", entryId, program.clientId(), exercise.code());
		return view(programs.entries(programId).stream().filter(e -> e.id().equals(entryId)).findFirst().orElseThrow());
	}

	/** Takes an exercise out of the program (kept in the record as removed). */
	@Transactional
	public void removeExercise(UUID programId, UUID entryId) {
		ProgramRow program = activeProgram(programId);
		entryOf(program, entryId);
		programs.remove(entryId, OffsetDateTime.now(clock));
		audit.record(AuditAction.UPDATE, "ProgramEntry", entryId, program.clientId(), "removed");
	}

	/** The current phase's criteria checked against recorded data (audited). */
	@Transactional
	public List<CriterionStatus> criteria(UUID programId) {
		return program(programId).criteria();
	}

	/**
	 * Moves the program to its next phase when every criterion of the current one is met by
	 * recorded data; the evidence is kept with the phase change, and the new phase's own
	 * contraindications are applied to the exercises at once.
	 * @throws ConflictException 409 with {@code unmet}: the criteria not met, each with the current value
	 */
	@Transactional
	public Program advance(UUID programId) {
		ProgramRow program = activeProgram(programId);
		List<CriterionStatus> criteria = criteria(program);
		List<CriterionStatus> unmet = criteria.stream().filter(c -> !c.met()).toList();
		if (!unmet.isEmpty()) {
			throw new ConflictException("Not ready for phase " + (program.phase() + 1) + ": "
					+ unmet.stream().map(c -> c.description() + " (now: " + c.current() + ")").collect(Collectors.joining("; ")),
					Map.of("unmet", unmet));
		}
		Protocol protocol = protocol(program);
		if (protocol.isLastPhase(program.phase())) {
			throw new ConflictException("The program is in its last phase: discharge or start the next program.");
		}
		if (!programs.advance(programId, program.phase(), program.version(), LocalDate.now(clock))) {
			throw new ConflictException("Someone else changed this program: reload it and try again.");
		}
		String evidence = criteria.stream().map(c -> c.description() + ": " + c.current()).collect(Collectors.joining("; "));
		programs.recordPhaseChange(programId, program.phase(), evidence, OffsetDateTime.now(clock), CurrentStaff.username());
		audit.record(AuditAction.UPDATE, "Program", programId, program.clientId(),
				"phase " + program.phase() + " to " + (program.phase() + 1));
		ProgramRow advanced = find(programId);
		recheck(advanced, profiles.of(advanced.clientId()));
		return view(find(programId));
	}

	/**
	 * Copies a program's exercises and doses into a new program for another client, at the
	 * protocol's first phase. Every exercise passes the guard for the new client; nothing is
	 * stored if any is refused.
	 * @throws RuleViolationException 422 {@code CONTRAINDICATED} listing each refused exercise with its rules
	 */
	@Transactional
	public Program copy(UUID programId, UUID toClientId, boolean acknowledgeCautions, @Nullable String note) {
		ProgramRow source = find(programId);
		clients.requireAccess(source.clientId(), ClientAccessLevel.CLINICAL);
		Protocol protocol = protocol(source);
		ConditionFacts condition = conditionFor(toClientId, protocol);
		trainingGuard.requireClearedForTraining(toClientId);
		requireNoActiveProgram(toClientId, protocol);
		ProgramRow copy = new ProgramRow(UUID.randomUUID(), toClientId, protocol.code(), condition.code(), 1,
				LocalDate.now(clock), ProgramStatus.ACTIVE.name(), 0);
		ClientProfile profile = profiles.of(toClientId, copy);
		ProtocolPhase phase = protocol.phases().get(0);
		Map<String, List<RuleHit>> refused = new LinkedHashMap<>();
		List<EntryRow> entries = new ArrayList<>();
		for (EntryRow entry : programs.entries(programId)) {
			Exercise exercise = knowledge.exercise(entry.exerciseCode()).orElseThrow();
			List<RuleHit> hits = engine.check(profile, exercise);
			List<RuleHit> excluding = hits.stream().filter(h -> h.level() == RuleLevel.EXCLUDE).toList();
			if (!excluding.isEmpty() || (!hits.isEmpty() && (!acknowledgeCautions || note == null || note.isBlank()))) {
				refused.put(exercise.code(), hits);
				continue;
			}
			EntryRequest dose = new EntryRequest(entry.exerciseCode(), entry.sets(), entry.reps(), entry.minutes(),
					entry.holdSeconds(), phase.rpeLow(), phase.rpeHigh(), acknowledgeCautions, note);
			entries.add(entry(copy.id(), exercise, dose, phase, hits, hits.isEmpty() ? null : note));
		}
		if (!refused.isEmpty()) {
			boolean onlyCautions = refused.values().stream().flatMap(List::stream).allMatch(h -> h.level() == RuleLevel.CAUTION);
			throw new RuleViolationException(onlyCautions ? ExerciseGuard.CAUTION_NOT_ACKNOWLEDGED : ExerciseGuard.CONTRAINDICATED,
					"The program cannot be copied to this client as it is: " + refused.entrySet().stream()
						.map(e -> e.getKey() + " (" + ExerciseGuard.reasons(e.getValue()) + ")")
						.collect(Collectors.joining("; ")),
					Map.of("exercises", refused.entrySet().stream()
						.map(e -> Map.of("exerciseCode", e.getKey(), "rules", e.getValue()))
						.toList()));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		programs.insert(copy, now, CurrentStaff.username());
		entries.forEach(e -> programs.insertEntry(e, now, CurrentStaff.username()));
		audit.record(AuditAction.CREATE, "Program", copy.id(), toClientId, "copied from program " + programId);
		return view(programs.find(copy.id()).orElseThrow());
	}

	/**
	 * Suspends every exercise of every active program that a changed library now excludes
	 * for its client (and lifts suspensions no rule supports any more). Runs in the
	 * transaction that changed the library; each change is audited.
	 * @return how many exercises changed state
	 */
	@Transactional
	public int recheckAllActivePrograms() {
		Map<UUID, ClientProfile> all = profiles.ofAllWithActivePrograms();
		Map<UUID, UUID> clientOfProgram = programs.active().stream()
			.collect(Collectors.toMap(ProgramRow::id, ProgramRow::clientId));
		int changed = 0;
		for (EntryRow entry : programs.activeEntries()) {
			UUID client = clientOfProgram.get(entry.programId());
			changed += recheck(entry, client, all.get(client)) ? 1 : 0;
		}
		return changed;
	}

	/**
	 * Checks the client's active programs again after their record changed (a condition added,
	 * a measure recorded, a session signed): an exercise a rule now excludes is suspended, one no
	 * rule excludes any more is given back. Runs in the transaction of the change; audited.
	 */
	@Transactional
	public void recheckActiveProgramsOf(UUID clientId) {
		List<ProgramRow> active = programs.ofClient(clientId).stream()
			.filter(p -> p.status().equals(ProgramStatus.ACTIVE.name()))
			.toList();
		if (!active.isEmpty()) {
			ClientProfile profile = profiles.of(clientId);
			active.forEach(program -> recheck(program, profile));
		}
	}

	private void recheck(ProgramRow program, ClientProfile profile) {
		programs.entries(program.id()).forEach(e -> recheck(e, program.clientId(), profile));
	}

	private boolean recheck(EntryRow entry, UUID clientId, ClientProfile profile) {
		List<String> excluding = knowledge.exercise(entry.exerciseCode())
			.map(exercise -> engine.check(profile, exercise).stream()
				.filter(h -> h.level() == RuleLevel.EXCLUDE)
				.map(RuleHit::rule)
				.toList())
			.orElse(List.of());
		if (excluding.equals(entry.suspendedBy())) {
			return false;
		}
		programs.suspend(entry.id(), excluding.isEmpty() ? null : ProgramRepository.join(excluding),
				excluding.isEmpty() ? null : OffsetDateTime.now(clock));
		audit.record(AuditAction.UPDATE, "ProgramEntry", entry.id(), clientId,
				excluding.isEmpty() ? "no longer excluded" : "suspended: excluded by " + String.join(", ", excluding));
		return true;
	}

	/**
	 * The current phase's criteria, each checked only against data recorded since the phase
	 * began, so one set of sessions or measures never carries a client through two phases.
	 */
	private List<CriterionStatus> criteria(ProgramRow program) {
		ProtocolPhase phase = phase(program);
		LocalDate since = evidenceSince(program);
		List<Measurement> measured = outcomes.measurements(program.clientId());
		ClientCondition condition = assessment.conditions(program.clientId()).stream()
			.filter(c -> c.active() && c.code().equals(program.conditionCode()))
			.findFirst()
			.orElse(null);
		SessionEvidence evidence = sessions.getIfAvailable();
		List<CriterionStatus> statuses = new ArrayList<>();
		for (Criterion criterion : phase.criteria()) {
			statuses.add(switch (criterion.kind()) {
				case MEASURE_AT_LEAST, MEASURE_AT_MOST -> measureStatus(criterion, measured, since);
				case PAIN_AT_MOST, SESSIONS_TOLERATED -> sessionStatus(criterion, since,
						evidence == null ? List.of() : evidence.lastSessions(program.clientId(), criterion.sessions()));
				case WEEKS_SINCE_EVENT -> {
					long weeks = condition == null ? 0 : ChronoUnit.WEEKS.between(condition.eventDate(), LocalDate.now(clock));
					yield status(criterion, weeks >= criterion.weeks(), weeks + " weeks", "at least " + criterion.weeks() + " weeks");
				}
			});
		}
		return statuses;
	}

	/**
	 * The first day whose data count for the program's current phase: the day the program
	 * started for phase 1; for a later phase the day after the move, as what was recorded up
	 * to the move (that day included) was weighed for the phase before.
	 */
	static LocalDate evidenceSince(ProgramRow program) {
		return program.phase() == 1 ? program.phaseStartedOn() : program.phaseStartedOn().plusDays(1);
	}

	private CriterionStatus measureStatus(Criterion criterion, List<Measurement> measured, LocalDate since) {
		Measure measure = knowledge.measure(criterion.measure()).orElseThrow();
		boolean atLeast = criterion.kind() == org.medexpro.knowledge.CriterionKind.MEASURE_AT_LEAST;
		String required = (atLeast ? "at least " : "at most ") + measure.format(criterion.value()) + " " + measure.unit();
		List<Measurement> ofMeasure = measured.stream().filter(m -> m.measureCode().equals(measure.code())).toList();
		Measurement latest = ofMeasure.stream()
			.filter(m -> !m.measuredOn().isBefore(since))
			.reduce((a, b) -> b.measuredOn().isBefore(a.measuredOn()) ? a : b)
			.orElse(null);
		if (latest == null) {
			return status(criterion, false, ofMeasure.isEmpty() ? "not measured yet" : "not measured since " + since, required);
		}
		double value = latest.value().doubleValue();
		boolean met = atLeast ? value >= criterion.value() : value <= criterion.value();
		return status(criterion, met, measure.code() + " " + measure.format(value) + " " + measure.unit() + " on "
				+ latest.measuredOn(), required);
	}

	private static CriterionStatus sessionStatus(Criterion criterion, LocalDate since, List<SessionSummary> newestFirst) {
		int n = criterion.sessions();
		boolean pain = criterion.kind() == org.medexpro.knowledge.CriterionKind.PAIN_AT_MOST;
		String required = pain ? "pain after training at most " + criterion.pain() + "/10 in each of the last " + n + " sessions"
				: "the last " + n + " sessions tolerated";
		List<SessionSummary> last = newestFirst.stream().filter(s -> !s.on().isBefore(since)).toList();
		if (last.size() < n) {
			return status(criterion, false, last.size() + " of " + n + " session logs recorded since " + since, required);
		}
		long good = last.stream()
			.limit(n)
			.filter(s -> pain ? s.painAfter() != null && s.painAfter() <= criterion.pain() : s.tolerated())
			.count();
		return status(criterion, good == n, good + " of the last " + n + " sessions", required);
	}

	private static CriterionStatus status(Criterion criterion, boolean met, String current, String required) {
		return new CriterionStatus(criterion.code(), criterion.description(), criterion.kind(), met, current, required);
	}

	private ConditionFacts conditionFor(UUID clientId, Protocol protocol) {
		ConditionFacts condition = profiles.of(clientId).conditions().stream()
			.filter(c -> c.code().equals(protocol.conditionCode()))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("PROTOCOL_NOT_FOR_CLIENT", protocol.name()
					+ " is for clients with " + knowledge.condition(protocol.conditionCode()).map(c -> c.name()).orElse(protocol.conditionCode())
					+ ", and this client has no such active condition."));
		if (!protocol.approaches().isEmpty() && condition.approach() != null && !protocol.approaches().contains(condition.approach())) {
			throw new RuleViolationException("PROTOCOL_NOT_FOR_CLIENT", protocol.name() + " is for the "
					+ String.join(" or ", protocol.approaches()).toLowerCase() + " approach; this client's surgery used the "
					+ condition.approach().toLowerCase() + " approach.");
		}
		return condition;
	}

	private void requireNoActiveProgram(UUID clientId, Protocol protocol) {
		if (programs.ofClient(clientId).stream()
			.anyMatch(p -> p.status().equals(ProgramStatus.ACTIVE.name()) && p.conditionCode().equals(protocol.conditionCode()))) {
			throw new ConflictException("The client already has an active program for this condition.");
		}
	}

	private ProgramRow find(UUID programId) {
		return programs.find(programId).orElseThrow(() -> new NotFoundException("Program"));
	}

	/** An active program of a client the caller may see clinically (checked before anything about it is said). */
	private ProgramRow activeProgram(UUID programId) {
		ProgramRow program = find(programId);
		clients.requireAccess(program.clientId(), ClientAccessLevel.CLINICAL);
		if (!program.status().equals(ProgramStatus.ACTIVE.name())) {
			throw new ConflictException("The program is " + program.status().toLowerCase() + ".");
		}
		return program;
	}

	private EntryRow entryOf(ProgramRow program, UUID entryId) {
		return programs.entries(program.id()).stream()
			.filter(e -> e.id().equals(entryId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Program exercise"));
	}

	private Protocol protocol(ProgramRow program) {
		return knowledge.protocol(program.protocolCode()).orElseThrow();
	}

	private ProtocolPhase phase(ProgramRow program) {
		return protocol(program).phase(program.phase()).orElseThrow();
	}

	/** The stored form of an exercise with its dose: what the request gives, else the library's and the phase's. */
	private static EntryRow entry(UUID programId, Exercise exercise, @Nullable EntryRequest request, ProtocolPhase phase,
			List<RuleHit> cautions, @Nullable String note) {
		Dose dose = exercise.dose();
		boolean ownVolume = request != null && (request.reps() != null || request.minutes() != null || request.holdSeconds() != null);
		int sets = request != null && request.sets() != null ? request.sets() : dose.sets();
		Integer reps = ownVolume ? request.reps() : dose.reps();
		Integer minutes = ownVolume ? request.minutes() : dose.minutes();
		Integer hold = ownVolume ? request.holdSeconds() : dose.holdSeconds();
		int rpeLow = request != null && request.rpeLow() != null ? request.rpeLow() : phase.rpeLow();
		int rpeHigh = request != null && request.rpeHigh() != null ? request.rpeHigh() : Math.max(phase.rpeHigh(), rpeLow);
		if (rpeLow > rpeHigh) {
			throw new FieldErrorsException("rpeHigh", "must be at least rpeLow");
		}
		if (reps == null && minutes == null && hold == null) {
			throw new FieldErrorsException("reps", "give reps, minutes or holdSeconds");
		}
		return new EntryRow(UUID.randomUUID(),
				programId, exercise.code(), sets, reps, minutes, hold, rpeLow, rpeHigh,
				cautions.isEmpty() ? null : ProgramRepository.join(cautions.stream().map(RuleHit::rule).toList()),
				cautions.isEmpty() ? null : note, null);
	}

	private Program view(ProgramRow program) {
		Protocol protocol = protocol(program);
		ProtocolPhase phase = phase(program);
		List<ProgramEntry> entries = programs.entries(program.id()).stream().map(this::view).toList();
		List<CriterionStatus> criteria = program.status().equals(ProgramStatus.ACTIVE.name()) ? criteria(program) : List.of();
		return new Program(program.id(), program.clientId(), protocol.code(), protocol.name(), program.conditionCode(),
				program.phase(), phase.name(), protocol.phases().size(), phase.goals(), phase.rpeLow(), phase.rpeHigh(),
				programs.startedOn(program.id()), program.phaseStartedOn(), ProgramStatus.valueOf(program.status()), program.version(), entries, criteria);
	}

	private ProgramEntry view(EntryRow entry) {
		Exercise exercise = knowledge.exercise(entry.exerciseCode()).orElseThrow();
		return new ProgramEntry(entry.id(), exercise.code(), exercise.name(), exercise.purposes().get(0), entry.sets(),
				entry.reps(), entry.minutes(), entry.holdSeconds(), entry.rpeLow(), entry.rpeHigh(), entry.cautionCodes(),
				entry.cautionNote(), entry.suspendedBy(), exercise.cues());
	}

}
