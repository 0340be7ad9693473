package org.medexpro.sessions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
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
import org.medexpro.clients.ClientStatus;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.MedicationClass;
import org.medexpro.knowledge.RedFlagDefinition;
import org.medexpro.knowledge.SessionDecision;
import org.medexpro.knowledge.SessionLimit;
import org.medexpro.programs.ExerciseGuard;
import org.medexpro.programs.ExerciseGuard.ExerciseUse;
import org.medexpro.programs.ProgramService;
import org.medexpro.programs.RuleHit;
import org.medexpro.security.CurrentStaff;
import org.medexpro.security.Role;
import org.medexpro.sessions.internal.SessionRepository;
import org.medexpro.sessions.internal.SessionRepository.AddendumRow;
import org.medexpro.sessions.internal.SessionRepository.CheckRow;
import org.medexpro.sessions.internal.SessionRepository.EntryRow;
import org.medexpro.sessions.internal.SessionRepository.MinutesRow;
import org.medexpro.sessions.internal.SessionRepository.SessionRow;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.FieldErrorsException.FieldMessage;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.RuleViolationException;
import org.medexpro.shared.ScopeLanguage;
import org.medexpro.shared.Sha256;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session logs (DOC-COM): the pre-session safety gate, logs written as the session goes,
 * the 24-hour rule, sign-off and addenda. Every exercise logged passes the engine's
 * {@link ExerciseGuard}; no training is logged while clearance is required (invariant 2),
 * after a HOLD or STOP (invariant 3), and a signed log never changes (invariant 4).
 */
@Service
public class SessionLogService {

	/** 422 rule: training is logged only after a GO from the safety gate. */
	public static final String SAFETY_GATE = "SAFETY_GATE";

	/** 422 rule: a discharged client's care ended; a new episode begins with a new referral or intake. */
	public static final String NEW_EPISODE_REQUIRED = "NEW_EPISODE_REQUIRED";

	/** 422 rule: the text strays out of the scope of exercise. */
	public static final String OUT_OF_SCOPE_LANGUAGE = "OUT_OF_SCOPE_LANGUAGE";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A vitals check may be stamped this long after the end typed on a tablet a few minutes slow. */
	private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

	private final SessionRepository sessions;

	private final SessionSettings settings;

	private final KnowledgeBase knowledge;

	private final ClientService clients;

	private final AssessmentService assessment;

	private final TrainingGuard trainingGuard;

	private final ExerciseGuard exerciseGuard;

	private final ProgramService programs;

	private final AuditTrail audit;

	private final Validator validator;

	private final PracticeTime practiceTime;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SessionLogService(SessionRepository sessions, SessionSettings settings, KnowledgeBase knowledge, ClientService clients,
			AssessmentService assessment, TrainingGuard trainingGuard, ExerciseGuard exerciseGuard, ProgramService programs,
			AuditTrail audit, Validator validator, PracticeTime practiceTime, Clock clock, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.settings = settings;
		this.knowledge = knowledge;
		this.clients = clients;
		this.assessment = assessment;
		this.trainingGuard = trainingGuard;
		this.exerciseGuard = exerciseGuard;
		this.programs = programs;
		this.audit = audit;
		this.validator = validator;
		this.practiceTime = practiceTime;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The pre-session safety gate: GO, HOLD or STOP with the reasons. A STOP on a red flag
	 * (a reported symptom, or a reading the limits refer back) raises it: the client is
	 * referred back to the physician and training holds until a clearance.
	 */
	@Transactional
	public VitalsCheck checkVitals(UUID clientId, VitalsReadings readings) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		FieldErrorsException.requireValid(validator, readings);
		return recordCheck(clientId, readings, gateResult(clientId, readings), now());
	}

	/**
	 * A new session log, as a draft of its author.
	 * @throws RuleViolationException 422 {@code SAFETY_GATE} when exercises are logged without a GO,
	 * {@code CLEARANCE_REQUIRED}, or the exercise guard's rules
	 */
	@Transactional
	public SessionLog create(UUID clientId, SessionRequest request) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		validate(request, settings.rpeScale());
		OffsetDateTime now = now();
		Saved saved = checkedForTraining(clientId, request, now, null);
		ExerciseVitals after = request.vitalsAfter();
		SessionRow row = new SessionRow(UUID.randomUUID(), clientId, CurrentStaff.username(), request.startedAt(),
				request.endedAt(), request.attendance().name(), saved.checkId(), settings.rpeScale().name(), blank(request.notes()),
				after.systolic(), after.diastolic(), after.heartRate(), after.spo2(), SessionStatus.DRAFT.name(),
				request.endedAt().plus(settings.signWithin()), null, null, 0);
		sessions.insertSession(row, now);
		store(row.id(), request, saved.cautions());
		audit.record(AuditAction.CREATE, "SessionLog", row.id(), clientId, request.attendance().name());
		events.publishEvent(new SessionLogSaved(row.id(), clientId, row.author(), row.startedAt(), row.endedAt(), request.attendance()));
		return view(sessions.find(row.id()).orElseThrow());
	}

	/**
	 * Records that a client missed a booked session (a no-show marked on the calendar, by any
	 * staff member who keeps the calendar): a log of the attendance alone, a draft of the
	 * professional the client was booked with, who signs it as any log. None when the client
	 * already has a log of that time.
	 * @return the log, new or already there
	 */
	@Transactional
	public UUID recordAbsence(UUID clientId, String professional, OffsetDateTime start, OffsetDateTime end, Attendance attendance,
			String note) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		if (attendance == Attendance.ATTENDED) {
			throw new IllegalArgumentException("an absence is a no-show or a cancellation");
		}
		Optional<SessionRow> existing = sessions.ofClient(clientId).stream()
			.filter(s -> s.startedAt().isBefore(end) && !s.endedAt().isBefore(start))
			.findFirst();
		if (existing.isPresent()) {
			return existing.get().id();
		}
		OffsetDateTime now = now();
		SessionRow row = new SessionRow(UUID.randomUUID(), clientId, professional, start, end, attendance.name(), null,
				settings.rpeScale().name(), note, null, null, null, null, SessionStatus.DRAFT.name(), end.plus(settings.signWithin()),
				null, null, 0);
		sessions.insertSession(row, now);
		audit.record(AuditAction.CREATE, "SessionLog", row.id(), clientId, attendance.name() + " from the calendar");
		return row.id();
	}

	/**
	 * Saves the draft again as it is typed (autosave), edited from {@code request.version}.
	 * @throws ConflictException 409 when the log is signed, or someone saved it since
	 */
	@Transactional
	public SessionLog update(UUID sessionId, SessionRequest request) {
		SessionRow current = draftOfAuthor(sessionId);
		// A draft keeps the scale it was opened on, even if the practice has changed scales since.
		validate(request, RpeScale.valueOf(current.rpeScale()));
		if (request.version() == null) {
			throw new FieldErrorsException("version", "give the version the draft was edited from");
		}
		OffsetDateTime now = now();
		Saved saved = checkedForTraining(current.clientId(), request, now, current.vitalsCheckId());
		ExerciseVitals after = request.vitalsAfter();
		SessionRow row = new SessionRow(sessionId, current.clientId(), current.author(), request.startedAt(), request.endedAt(),
				request.attendance().name(), saved.checkId(), current.rpeScale(), blank(request.notes()), after.systolic(),
				after.diastolic(), after.heartRate(), after.spo2(), current.status(), signDue(current, request, now),
				null, null, current.version());
		if (!sessions.updateDraft(row, request.version(), now)) {
			throw new ConflictException("This draft was saved from another screen since you opened it: reload it and go on there.");
		}
		store(sessionId, request, saved.cautions());
		audit.record(AuditAction.UPDATE, "SessionLog", sessionId, current.clientId(), null);
		events.publishEvent(new SessionLogSaved(sessionId, current.clientId(), current.author(), request.startedAt(),
				request.endedAt(), request.attendance()));
		return view(sessions.find(sessionId).orElseThrow());
	}

	/**
	 * Signs the log: from now on it never changes. Only its author signs it. Out-of-scope
	 * words in its text are refused with the suggested wording unless {@code acknowledgeLanguage}.
	 * @throws ConflictException 409 when it is signed already
	 * @throws RuleViolationException 422 {@code OUT_OF_SCOPE_LANGUAGE} with {@code words} and {@code suggestions}
	 */
	@Transactional
	public SessionLog sign(UUID sessionId, boolean acknowledgeLanguage) {
		SessionRow row = draftOfAuthor(sessionId);
		List<EntryRow> entries = sessions.entries(sessionId);
		StringBuilder text = new StringBuilder(row.notes() == null ? "" : row.notes());
		entries.forEach(e -> text.append('\n').append(e.note() == null ? "" : e.note()).append('\n')
			.append(e.cautionNote() == null ? "" : e.cautionNote()));
		requireInScope(text.toString(), acknowledgeLanguage);
		OffsetDateTime now = now();
		if (!sessions.sign(sessionId, row.version(), now, contentHash(row, entries, sessions.minutes(sessionId)))) {
			throw new ConflictException("This log was changed or signed from another screen: reload it.");
		}
		audit.record(AuditAction.SIGN, "SessionLog", sessionId, row.clientId(),
				now.isAfter(row.signDueAt()) ? "signed late" : "signed");
		raiseConditionRedFlags(row, entries);
		// Some rules read the last signed session (its pain): the client's programs follow it.
		programs.recheckActiveProgramsOf(row.clientId());
		return view(sessions.find(sessionId).orElseThrow());
	}

	/**
	 * A dated addendum to a signed log by the signed-in staff member; the original stays as it was.
	 * @throws ConflictException 409 for a draft (edit it instead)
	 */
	@Transactional
	public Addendum addAddendum(UUID sessionId, String text, boolean acknowledgeLanguage) {
		SessionRow row = find(sessionId);
		clients.requireAccess(row.clientId(), ClientAccessLevel.CLINICAL);
		if (!row.status().equals(SessionStatus.SIGNED.name())) {
			throw new ConflictException("The log is still a draft: change the draft itself; addenda are for signed logs.");
		}
		if (text == null || text.isBlank() || text.length() > 4000) {
			throw new FieldErrorsException("text", "write the addendum, up to 4000 characters");
		}
		requireInScope(text, acknowledgeLanguage);
		AddendumRow addendum = new AddendumRow(UUID.randomUUID(), sessionId, text.strip(), now(), CurrentStaff.username());
		sessions.insertAddendum(addendum);
		audit.record(AuditAction.CREATE, "SessionAddendum", addendum.id(), row.clientId(), sessionId.toString());
		return addendum(addendum);
	}

	/** A session log with its exercises, flags and addenda (audited). */
	@Transactional
	public SessionLog get(UUID sessionId) {
		SessionRow row = find(sessionId);
		clients.requireAccess(row.clientId(), ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "SessionLog", sessionId, row.clientId(), null);
		return view(row);
	}

	/**
	 * The client's session logs as billing reads them: dates, author, attendance, signature and
	 * minutes by kind of service, no clinical detail (billing staff may read this). Audited.
	 */
	@Transactional
	public List<BillableSession> billable(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		audit.record(AuditAction.READ, "SessionLog", clientId, clientId, "billing: dates and minutes");
		List<BillableSession> billable = new java.util.ArrayList<>();
		for (SessionRow row : sessions.ofClient(clientId)) {
			Map<ServiceKind, Integer> minutes = new java.util.EnumMap<>(ServiceKind.class);
			sessions.minutes(row.id()).forEach(m -> minutes.put(ServiceKind.valueOf(m.kind()), m.minutes()));
			billable.add(new BillableSession(row.id(), row.clientId(), row.startedAt().atZoneSameInstant(practiceTime.zone()).toLocalDate(),
					row.startedAt(), row.author(), Attendance.valueOf(row.attendance()),
					SessionStatus.valueOf(row.status()) == SessionStatus.SIGNED, minutes));
		}
		return billable;
	}

	/** The client's session logs, newest first (audited). */
	@Transactional
	public List<SessionLog> ofClient(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "SessionLog", clientId, clientId, "list");
		return sessions.ofClient(clientId).stream().map(this::view).toList();
	}

	/** The practice's scale of perceived exertion, for pages. */
	public RpeScale rpeScale() {
		return settings.rpeScale();
	}

	/** The client a log belongs to (an id, not health information). */
	@Transactional(readOnly = true)
	public UUID clientOf(UUID sessionId) {
		return sessions.clientOf(sessionId).orElseThrow(() -> new NotFoundException("Session log"));
	}

	/**
	 * The 24-hour rule: logs not signed within {@code medex.sessions.sign-within} of the
	 * session's end, unsigned or signed late; the owner sees the practice's, a trainer their own.
	 */
	@Transactional
	public List<LateLog> late() {
		OffsetDateTime now = now();
		String author = CurrentStaff.has(Role.OWNER) ? null : CurrentStaff.username();
		return lateLogs(sessions.late(now, author), now);
	}

	/**
	 * The late logs of these clients, whoever wrote them (what reimbursement readiness weighs):
	 * only of the clients whose clinical record the staff member may open.
	 */
	@Transactional
	public List<LateLog> lateOf(java.util.Collection<UUID> clientIds) {
		OffsetDateTime now = now();
		List<UUID> mine = clientIds.stream().filter(id -> clients.accessTo(id).allows(ClientAccessLevel.CLINICAL)).toList();
		return lateLogs(sessions.lateOfClients(now, mine), now);
	}

	private List<LateLog> lateLogs(List<SessionRow> rows, OffsetDateTime now) {
		audit.recordReads(AuditAction.SEARCH, "SessionLog", rows.stream().map(SessionRow::clientId).distinct().toList());
		Map<UUID, String> names = names(rows);
		return rows.stream().map(r -> new LateLog(r.id(), r.clientId(), names.get(r.clientId()), r.author(), r.endedAt(),
				r.signDueAt(), r.signedAt(), ChronoUnit.HOURS.between(r.signDueAt(), r.signedAt() == null ? now : r.signedAt())))
			.toList();
	}

	/** The signed-in staff member's unsigned logs with the time left to sign each. */
	@Transactional
	public List<UnsignedLog> myUnsignedLogs() {
		OffsetDateTime now = now();
		List<SessionRow> rows = sessions.drafts(CurrentStaff.username());
		audit.recordReads(AuditAction.SEARCH, "SessionLog", rows.stream().map(SessionRow::clientId).distinct().toList());
		Map<UUID, String> names = names(rows);
		return rows.stream().map(r -> new UnsignedLog(r.id(), r.clientId(), names.get(r.clientId()), r.endedAt(),
				r.signDueAt(), Duration.between(now, r.signDueAt()))).toList();
	}

	/** Pain, effort, tolerance and attendance session by session, oldest first (audited). */
	@Transactional
	public ToleranceTrend tolerance(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "SessionLog", clientId, clientId, "tolerance");
		List<SessionRow> rows = new ArrayList<>(sessions.ofClient(clientId));
		rows.sort(Comparator.comparing(SessionRow::startedAt));
		Map<UUID, List<EntryRow>> entries = sessions.entriesOfClient(clientId).stream()
			.collect(Collectors.groupingBy(EntryRow::sessionId));
		List<ToleranceTrend.Point> points = new ArrayList<>();
		int attended = 0;
		int noShows = 0;
		int cancelled = 0;
		for (SessionRow row : rows) {
			Attendance attendance = Attendance.valueOf(row.attendance());
			switch (attendance) {
				case ATTENDED -> attended++;
				case NO_SHOW -> noShows++;
				case CANCELLED -> cancelled++;
			}
			points.add(point(row, entries.getOrDefault(row.id(), List.of())));
		}
		return new ToleranceTrend(clientId, points, attended, noShows, cancelled);
	}

	/** For the progression criteria: the client's last signed logs of sessions attended, newest first. */
	List<ToleranceTrend.Point> lastSigned(UUID clientId, int count) {
		return sessions.lastSigned(clientId, count).stream().map(r -> point(r, sessions.entries(r.id()))).toList();
	}

	private ToleranceTrend.Point point(SessionRow row, List<EntryRow> entries) {
		Integer painBefore = entries.stream().map(EntryRow::painBefore).filter(p -> p != null).max(Integer::compare).orElse(null);
		Integer painAfter = entries.stream().map(EntryRow::painAfter).filter(p -> p != null).max(Integer::compare).orElse(null);
		List<BigDecimal> rpes = entries.stream().map(EntryRow::rpe).filter(r -> r != null).toList();
		BigDecimal meanRpe = rpes.isEmpty() ? null
				: rpes.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(rpes.size()), 1, java.math.RoundingMode.HALF_UP);
		Integer preSystolic = preSystolic(row);
		boolean tolerated = entries.stream().noneMatch(e -> Tolerance.POOR.name().equals(e.tolerance())
				|| responseFlags(e, preSystolic).stream().anyMatch(f -> f.decision() == SessionDecision.STOP));
		LocalDate on = row.startedAt().atZoneSameInstant(practiceTime.zone()).toLocalDate();
		return new ToleranceTrend.Point(row.id(), on, row.startedAt(), Attendance.valueOf(row.attendance()), painBefore, painAfter, meanRpe,
				tolerated, row.status().equals(SessionStatus.SIGNED.name()));
	}

	/**
	 * The 24-hour rule's deadline once the times are corrected: it never moves later than first
	 * recorded, so a late log cannot be made timely by moving its end. Only a log opened as the
	 * session began (its end not yet recorded: ended when started) takes the deadline of the first
	 * end recorded, and only before that deadline has passed.
	 */
	private OffsetDateTime signDue(SessionRow current, SessionRequest request, OffsetDateTime now) {
		OffsetDateTime due = request.endedAt().plus(settings.signWithin());
		boolean endNotYetRecorded = current.endedAt().isEqual(current.startedAt()) && !now.isAfter(current.signDueAt());
		return endNotYetRecorded || due.isBefore(current.signDueAt()) ? due : current.signDueAt();
	}

	/** The gate's check to log this session under, and the cautions its exercises were accepted with. */
	private record Saved(@Nullable UUID checkId, List<List<RuleHit>> cautions) {
	}

	/**
	 * Invariants 2 and 3, and the engine's guard, for a log of training (attended, with exercises
	 * or one-to-one minutes of service): a GO from the gate (in the request, or the latest check made before,
	 * and no STOP that day), clearance, and every exercise allowed for the client.
	 * {@code heldCheckId} is the check the saved draft holds already.
	 */
	private Saved checkedForTraining(UUID clientId, SessionRequest request, OffsetDateTime now, @Nullable UUID heldCheckId) {
		UUID checkId = request.vitalsCheckId();
		GateDecision decision = null;
		List<GateReason> reasons = List.of();
		VitalsGate.Result result = null;
		if (request.preVitals() != null) {
			result = gateResult(clientId, request.preVitals());
			decision = result.decision();
			reasons = result.reasons();
		}
		else if (checkId != null) {
			CheckRow check = sessions.check(checkId)
				.filter(c -> c.clientId().equals(clientId))
				.orElseThrow(() -> new FieldErrorsException("vitalsCheckId", "is not a vitals check of this client"));
			boolean held = checkId.equals(heldCheckId);
			requireCheckOfTheSession(check, request, held);
			if (!held) {
				// A re-check that said HOLD outranks the GO before it (a stale Start button, say).
				check = latestCheckSince(check, request);
			}
			decision = GateDecision.valueOf(check.decision());
			reasons = reasons(check.reasons());
		}
		boolean attended = request.attendance() == Attendance.ATTENDED;
		boolean training = attended && (!request.entries().isEmpty() || minutesOf(request, kind -> kind != ServiceKind.GROUP));
		if (clients.get(clientId).status() == ClientStatus.DISCHARGED) {
			throw new RuleViolationException(NEW_EPISODE_REQUIRED, "The client was discharged: start a new episode "
					+ "(move them back to referred or intake) before logging sessions.");
		}
		if (training) {
			if (decision == null) {
				throw new RuleViolationException(SAFETY_GATE, "Check the client's resting vitals before logging training: "
						+ "give preVitals, or vitalsCheckId of a check made today.");
			}
			if (decision != GateDecision.GO) {
				throw new RuleViolationException(SAFETY_GATE, "The safety gate says " + decision + ": "
						+ reasons.stream().map(r -> r.description() + " (" + r.observed() + ")").collect(Collectors.joining("; "))
						+ ". No training is logged after a " + decision + ".",
						Map.of("decision", decision, "reasons", reasons));
			}
			requireNoStopThatDay(clientId, request);
			trainingGuard.requireClearedForTraining(clientId);
		}
		else if (attended && minutesOf(request, kind -> kind == ServiceKind.GROUP)) {
			// A group meeting's log (GroupService): no one-to-one vitals check is asked of it, but clearance is.
			trainingGuard.requireClearedForTraining(clientId);
		}
		List<List<RuleHit>> cautions = training ? exerciseGuard.requireAllowed(clientId, uses(clientId, request.entries()))
				: List.of();
		if (result != null) {
			checkId = recordCheck(clientId, request.preVitals(), result, now).id();
		}
		return new Saved(checkId, cautions);
	}

	/**
	 * A check vouches only for the session it came before: one made on the session's practice
	 * day, not after the session ended. A check the draft holds already was accepted with it
	 * (or taken from the readings logged with it), so only its day is checked again, in case
	 * the session was moved to another day.
	 */
	private void requireCheckOfTheSession(CheckRow check, SessionRequest request, boolean held) {
		LocalDate sessionDay = request.startedAt().atZoneSameInstant(practiceTime.zone()).toLocalDate();
		LocalDate checkDay = check.checkedAt().atZoneSameInstant(practiceTime.zone()).toLocalDate();
		String problem = null;
		if (!checkDay.equals(sessionDay)) {
			problem = "is the safety gate's check of " + practiceTime.format(check.checkedAt()) + ", not of the session's day ("
					+ sessionDay + "): check the client's resting vitals again on the day of the session";
		}
		else if (!held && check.checkedAt().isAfter(request.endedAt().plus(CLOCK_SLACK))) {
			problem = "is the safety gate's check of " + practiceTime.format(check.checkedAt())
					+ ", after the session ended: the check comes before training";
		}
		if (problem != null) {
			throw new RuleViolationException(SAFETY_GATE, "vitalsCheckId " + problem + ".",
					Map.of("errors", List.of(Map.of("field", "vitalsCheckId", "message", problem))));
		}
	}

	private static boolean minutesOf(SessionRequest request, Predicate<ServiceKind> kinds) {
		return request.minutes().entrySet().stream().anyMatch(m -> kinds.test(m.getKey()) && m.getValue() != null && m.getValue() > 0);
	}

	/** The client's latest check from this one to the session's start. */
	private CheckRow latestCheckSince(CheckRow check, SessionRequest request) {
		return sessions.checks(check.clientId(), check.checkedAt(), request.startedAt().plus(CLOCK_SLACK)).stream()
			.findFirst()
			.orElse(check);
	}

	/** A STOP means no training that day, whatever a later reading says. */
	private void requireNoStopThatDay(UUID clientId, SessionRequest request) {
		LocalDate day = request.startedAt().atZoneSameInstant(practiceTime.zone()).toLocalDate();
		OffsetDateTime from = day.atStartOfDay(practiceTime.zone()).toOffsetDateTime();
		sessions.checks(clientId, from, request.endedAt().plus(CLOCK_SLACK)).stream()
			.filter(c -> c.decision().equals(GateDecision.STOP.name()))
			.findFirst()
			.ifPresent(stop -> {
				throw new RuleViolationException(SAFETY_GATE, "The safety gate stopped training for this client today at "
						+ practiceTime.format(stop.checkedAt()) + ": no training is logged for the rest of the day.",
						Map.of("decision", GateDecision.STOP, "reasons", reasons(stop.reasons())));
			});
	}

	/** Exercises already in the client's active program keep the cautions acknowledged there. */
	private List<ExerciseUse> uses(UUID clientId, List<EntryData> entries) {
		Map<String, String> acknowledged = programs.acknowledgedCautions(clientId);
		return entries.stream().map(e -> {
			String programNote = acknowledged.get(e.exerciseCode());
			boolean own = Boolean.TRUE.equals(e.acknowledgeCautions()) && e.note() != null && !e.note().isBlank();
			return new ExerciseUse(e.exerciseCode(), own || programNote != null, own ? e.note() : programNote);
		}).toList();
	}

	/** Stores a check; a STOP on a red flag raises it, so the client is referred back to the physician. */
	private VitalsCheck recordCheck(UUID clientId, VitalsReadings readings, VitalsGate.Result result, OffsetDateTime now) {
		CheckRow row = new CheckRow(UUID.randomUUID(), clientId, now, CurrentStaff.username(), readings.systolic(),
				readings.diastolic(), readings.heartRate(), readings.spo2(), readings.glucose(), readings.ketones(),
				readings.symptoms().isEmpty() ? null : String.join(",", readings.symptoms()), result.decision().name(),
				JSON.writeValueAsString(result.reasons()), result.notes().isEmpty() ? null : String.join("\n", result.notes()));
		sessions.insertCheck(row);
		audit.record(AuditAction.CREATE, "VitalsCheck", row.id(), clientId, result.decision().name());
		for (VitalsGate.RaisedFlag flag : result.redFlags()) {
			if (knowledge.redFlag(flag.code()).isPresent()) {
				assessment.raiseRedFlag(clientId, flag.code(), flag.observed(), "SESSION");
			}
			else {
				assessment.raiseVitalsRedFlag(clientId, flag.code(), flag.description(), flag.level(), flag.observed());
			}
		}
		return new VitalsCheck(row.id(), clientId, now, row.checkedBy(), readings, result.decision(), result.reasons(),
				result.notes(), result.redFlags().stream().map(VitalsGate.RaisedFlag::code).toList());
	}

	/** The red flags the gate asks this client about: the catalogue's and those of their active conditions (audited read). */
	@Transactional
	public List<RedFlagDefinition> redFlagsToAsk(UUID clientId) {
		return List.copyOf(redFlagsOf(assessment.conditions(clientId).stream().filter(ClientCondition::active).toList()).values());
	}

	private Map<String, RedFlagDefinition> redFlagsOf(List<ClientCondition> active) {
		Map<String, RedFlagDefinition> flags = new LinkedHashMap<>();
		knowledge.redFlags().forEach(f -> flags.put(f.code(), f));
		active.stream().flatMap(c -> knowledge.condition(c.code()).stream())
			.flatMap(c -> c.redFlags().stream())
			.forEach(f -> flags.put(f.code(), f));
		return flags;
	}

	/** The gate for this client: the limits, the red flags of the catalogue and of their conditions, their medications. */
	private VitalsGate.Result gateResult(UUID clientId, VitalsReadings readings) {
		List<ClientCondition> active = assessment.conditions(clientId).stream().filter(ClientCondition::active).toList();
		Map<String, RedFlagDefinition> flags = redFlagsOf(active);
		List<MedicationClass> medications = assessment.latestIntake(clientId)
			.map(i -> i.medications().stream().flatMap(m -> knowledge.classesOf(m).stream()).distinct().toList())
			.orElse(List.of());
		VitalsGate.Client client = new VitalsGate.Client(active.stream().map(ClientCondition::code).collect(Collectors.toSet()),
				medications);
		return new VitalsGate(settings.limits(), flags).decide(readings, client);
	}

	private void store(UUID sessionId, SessionRequest request, List<List<RuleHit>> cautions) {
		List<EntryRow> rows = new ArrayList<>();
		for (int i = 0; i < request.entries().size(); i++) {
			EntryData e = request.entries().get(i);
			List<RuleHit> acknowledged = i < cautions.size() ? cautions.get(i) : List.of();
			ExerciseVitals v = e.vitals();
			rows.add(new EntryRow(sessionId, i, e.exerciseCode(), e.sets(), e.reps(), e.loadKg(), e.durationMinutes(), e.rpe(),
					e.painBefore(), e.painAfter(), e.tolerance() == null ? null : e.tolerance().name(), v.systolic(),
					v.diastolic(), v.heartRate(), v.spo2(),
					acknowledged.isEmpty() ? null : acknowledged.stream().map(RuleHit::rule).collect(Collectors.joining(",")),
					acknowledged.isEmpty() ? null : cautionNoteOf(e), blank(e.note())));
		}
		sessions.replaceEntries(sessionId, rows);
		sessions.replaceMinutes(sessionId, request.minutes().entrySet().stream()
			.filter(m -> m.getValue() > 0)
			.map(m -> new MinutesRow(sessionId, m.getKey().name(), m.getValue()))
			.toList());
	}

	private static String cautionNoteOf(EntryData entry) {
		return blank(entry.note()) == null ? "acknowledged in the client's program" : entry.note().strip();
	}

	private SessionLog view(SessionRow row) {
		List<EntryRow> entries = sessions.entries(row.id());
		List<MinutesRow> minutes = sessions.minutes(row.id());
		VitalsCheck check = row.vitalsCheckId() == null ? null : sessions.check(row.vitalsCheckId()).map(this::check).orElse(null);
		Integer preSystolic = check == null ? null : check.readings().systolic();
		List<SessionEntry> views = entries.stream().map(e -> {
			ExerciseVitals v = new ExerciseVitals(e.systolicDuring(), e.diastolicDuring(), e.heartRateDuring(), e.spo2During());
			List<GateReason> flags = responseFlags(e, preSystolic);
			return new SessionEntry(e.position(), e.exerciseCode(),
					knowledge.exercise(e.exerciseCode()).map(x -> x.name()).orElse(e.exerciseCode()), e.sets(), e.reps(),
					e.loadKg(), e.durationMinutes(), e.rpe(), e.painBefore(), e.painAfter(),
					e.tolerance() == null ? null : Tolerance.valueOf(e.tolerance()), v,
					e.cautions() == null ? List.of() : List.of(e.cautions().split(",")), e.cautionNote(), e.note(), flags);
		}).toList();
		Map<ServiceKind, Integer> byKind = new EnumMap<>(ServiceKind.class);
		minutes.forEach(m -> byKind.put(ServiceKind.valueOf(m.kind()), m.minutes()));
		OffsetDateTime now = now();
		boolean late = row.signedAt() == null ? now.isAfter(row.signDueAt()) : row.signedAt().isAfter(row.signDueAt());
		boolean intact = row.contentHash() == null || row.contentHash().equals(contentHash(row, entries, minutes));
		return new SessionLog(row.id(), row.clientId(), row.author(), row.startedAt(), row.endedAt(),
				Attendance.valueOf(row.attendance()), SessionStatus.valueOf(row.status()), RpeScale.valueOf(row.rpeScale()),
				check, views, new ExerciseVitals(row.systolicAfter(), row.diastolicAfter(), row.heartRateAfter(), row.spo2After()),
				byKind, row.notes(), row.signDueAt(), row.signedAt(), late, intact, row.version(),
				sessions.addenda(row.id()).stream().map(SessionLogService::addendum).toList());
	}

	/**
	 * An exercise response that is, for one of the client's conditions, that condition's red flag
	 * (a systolic fall in heart failure) refers the client back once the log is signed.
	 */
	private void raiseConditionRedFlags(SessionRow row, List<EntryRow> entries) {
		Integer preSystolic = preSystolic(row);
		Set<String> conditions = null;
		Set<String> raised = new java.util.HashSet<>();
		for (EntryRow entry : entries) {
			for (GateReason flag : responseFlags(entry, preSystolic)) {
				Map<String, String> byCondition = settings.limits().stream().filter(l -> l.code().equals(flag.limit())).findFirst()
					.map(SessionLimit::conditionRedFlags).orElse(Map.of());
				if (byCondition.isEmpty()) {
					continue;
				}
				if (conditions == null) {
					conditions = assessment.conditions(row.clientId()).stream().filter(ClientCondition::active)
						.map(ClientCondition::code).collect(Collectors.toSet());
				}
				for (Map.Entry<String, String> link : byCondition.entrySet()) {
					if (conditions.contains(link.getKey()) && raised.add(link.getValue())) {
						assessment.raiseRedFlag(row.clientId(), link.getValue(), flag.observed(), "SESSION");
					}
				}
			}
		}
	}

	/** The exercise response of a logged exercise against the limits during exercise (a systolic drop from the gate's reading). */
	private List<GateReason> responseFlags(EntryRow e, @Nullable Integer preSystolic) {
		return new VitalsGate(settings.limits(), Map.of()).response(new VitalsGate.Response(e.painBefore(), e.painAfter(),
				e.systolicDuring(), e.diastolicDuring(), e.heartRateDuring(), e.spo2During()), preSystolic,
				new VitalsGate.Client(Set.of(), List.of()));
	}

	/** The resting systolic of the check the session was logged under, if any. */
	private @Nullable Integer preSystolic(SessionRow row) {
		return row.vitalsCheckId() == null ? null : sessions.check(row.vitalsCheckId()).map(CheckRow::systolic).orElse(null);
	}

	private VitalsCheck check(CheckRow c) {
		VitalsReadings readings = new VitalsReadings(c.systolic(), c.diastolic(), c.heartRate(), c.spo2(), c.glucose(),
				c.ketones(), c.symptoms() == null ? List.of() : List.of(c.symptoms().split(",")));
		return new VitalsCheck(c.id(), c.clientId(), c.checkedAt(), c.checkedBy(), readings, GateDecision.valueOf(c.decision()),
				reasons(c.reasons()), c.notes() == null ? List.of() : List.of(c.notes().split("\n")),
				reasons(c.reasons()).stream().map(GateReason::redFlag).filter(f -> f != null).toList());
	}

	private static List<GateReason> reasons(String json) {
		return JSON.readValue(json, new TypeReference<List<GateReason>>() {
		});
	}

	private static Addendum addendum(AddendumRow a) {
		return new Addendum(a.id(), a.sessionId(), a.text(), a.writtenAt(), a.writtenBy());
	}

	/** What was signed, in a fixed order: the hash that shows whether it changed since. */
	private static String contentHash(SessionRow row, List<EntryRow> entries, List<MinutesRow> minutes) {
		StringBuilder content = new StringBuilder().append(row.id()).append('|').append(row.clientId()).append('|')
			.append(row.author()).append('|').append(row.startedAt().toInstant()).append('|').append(row.endedAt().toInstant())
			.append('|').append(row.attendance()).append('|').append(row.vitalsCheckId()).append('|').append(row.notes())
			.append('|').append(row.systolicAfter()).append('/').append(row.diastolicAfter()).append('/')
			.append(row.heartRateAfter()).append('/').append(row.spo2After());
		entries.forEach(e -> content.append('\n').append(e.toString().replace(e.sessionId().toString(), "")));
		minutes.forEach(m -> content.append('\n').append(m.kind()).append('=').append(m.minutes()));
		return Sha256.hex(content.toString());
	}

	private SessionRow draftOfAuthor(UUID sessionId) {
		SessionRow row = find(sessionId);
		clients.requireAccess(row.clientId(), ClientAccessLevel.CLINICAL);
		if (row.status().equals(SessionStatus.SIGNED.name())) {
			throw new ConflictException("This log was signed on " + practiceTime.format(row.signedAt())
					+ " and never changes: add a dated addendum instead.");
		}
		if (!row.author().equals(CurrentStaff.username())) {
			throw new AccessDeniedException("Only the author of a session log, " + row.author() + ", edits and signs it.");
		}
		return row;
	}

	private SessionRow find(UUID sessionId) {
		return sessions.find(sessionId).orElseThrow(() -> new NotFoundException("Session log"));
	}

	private Map<UUID, String> names(List<SessionRow> rows) {
		Map<UUID, String> names = new HashMap<>();
		rows.forEach(r -> names.computeIfAbsent(r.clientId(), id -> clients.get(id).fullName()));
		return names;
	}

	private static void requireInScope(String text, boolean acknowledged) {
		List<String> words = ScopeLanguage.strayWords(text);
		if (!words.isEmpty() && !acknowledged) {
			Map<String, String> suggestions = new LinkedHashMap<>();
			words.forEach(w -> suggestions.put(w, ScopeLanguage.suggestion(w)));
			throw new RuleViolationException(OUT_OF_SCOPE_LANGUAGE, "The text uses words outside the scope of exercise: "
					+ suggestions.entrySet().stream().map(s -> "“" + s.getKey() + "” (say: " + s.getValue() + ")")
						.collect(Collectors.joining(", "))
					+ ". Reword it, or confirm it as written (acknowledgeLanguage).",
					Map.of("words", words, "suggestions", suggestions));
		}
	}

	private void validate(SessionRequest request, RpeScale scale) {
		FieldErrorsException.requireValid(validator, request);
		List<FieldMessage> errors = new ArrayList<>();
		OffsetDateTime now = now();
		if (request.endedAt().isBefore(request.startedAt())) {
			errors.add(new FieldMessage("endedAt", "must not be before startedAt"));
		}
		else if (Duration.between(request.startedAt(), request.endedAt()).compareTo(Duration.ofHours(8)) > 0) {
			errors.add(new FieldMessage("endedAt", "a session lasts at most 8 hours"));
		}
		else {
			// Billing turns these minutes into units: together they cannot be more than the session lasted.
			Duration length = Duration.between(request.startedAt(), request.endedAt());
			int direct = request.minutes().values().stream().mapToInt(Integer::intValue).sum();
			if (Duration.ofMinutes(direct).compareTo(length) > 0) {
				errors.add(new FieldMessage("minutes", "add up to " + direct + " minutes, more than the session lasted ("
						+ length.toMinutes() + " min from its start to its end): correct the minutes or when it ended"));
			}
		}
		if (request.endedAt().isAfter(now)) {
			errors.add(new FieldMessage("endedAt", "must not be in the future"));
		}
		if (request.attendance() != Attendance.ATTENDED && !request.entries().isEmpty()) {
			errors.add(new FieldMessage("entries", "a " + request.attendance().name().toLowerCase().replace('_', '-')
					+ " has no exercises"));
		}
		if (request.attendance() != Attendance.ATTENDED && request.minutes().values().stream().anyMatch(m -> m > 0)) {
			errors.add(new FieldMessage("minutes", "a " + request.attendance().name().toLowerCase().replace('_', '-')
					+ " has no minutes of service to bill"));
		}
		for (int i = 0; i < request.entries().size(); i++) {
			BigDecimal rpe = request.entries().get(i).rpe();
			if (rpe != null && !scale.accepts(rpe.doubleValue())) {
				errors.add(new FieldMessage("entries[" + i + "].rpe", "must be on the log's scale, "
						+ (scale == RpeScale.CR10 ? "CR-10, " : "Borg, ") + (int) scale.min() + " to " + (int) scale.max()
						+ (scale == RpeScale.BORG_6_20 && rpe.stripTrailingZeros().scale() > 0 ? " in whole numbers" : "")));
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
