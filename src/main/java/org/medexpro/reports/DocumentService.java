package org.medexpro.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.IntakeView;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.clients.StatusChange;
import org.medexpro.physicians.Communication;
import org.medexpro.physicians.ContactChannel;
import org.medexpro.physicians.MedicalRelationsService;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.physicians.Referral;
import org.medexpro.programs.Program;
import org.medexpro.programs.ProgramService;
import org.medexpro.programs.ProgramStatus;
import org.medexpro.reports.internal.DocumentRepository;
import org.medexpro.reports.internal.DocumentRepository.DocumentRow;
import org.medexpro.reports.internal.StatusEventRepository;
import org.medexpro.security.CurrentStaff;
import org.medexpro.security.StaffService;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.PdfRenderer;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.RuleViolationException;
import org.medexpro.shared.ScopeLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The practice's documents to physicians (DOC-COM): drafted from the record, edited and
 * signed by the exercise professional, sent with the client's consent and logged; their
 * deadlines; the discharge that closes an episode. Every read and write is audited.
 */
@Service
public class DocumentService {

	/** 422 rule: the client has not consented to share information with their physician. */
	public static final String CONSENT_REQUIRED = "CONSENT_REQUIRED";

	/** 422 rule: a one-page document that would not fit on one page even at the smallest size. */
	public static final String TOO_LONG_FOR_ONE_PAGE = "TOO_LONG_FOR_ONE_PAGE";

	/** 422 rule: the document says words outside the scope of exercise, not confirmed as written. */
	public static final String OUT_OF_SCOPE_LANGUAGE = "OUT_OF_SCOPE_LANGUAGE";

	/** The documents the physician gets on one page (DESIGN.md DOC-COM). */
	static final Set<DocumentKind> ONE_PAGE = EnumSet.of(DocumentKind.PROGRESS_REPORT, DocumentKind.ASSESSMENT_SUMMARY);

	/** What a discharged client is recommended next. */
	public enum NextStep {

		MEDICAL_MEMBERSHIP("a medical membership (the step-down option)"),
		GROUP_PROGRAM("a condition-based group program"), HOME_PROGRAM("a home exercise program"),
		RETURN_TO_PHYSICIAN("a return to the physician");

		private final String label;

		NextStep(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private final DocumentRepository documents;

	private final DocumentDrafts drafts;

	private final DocumentMailer mailer;

	private final ClientService clients;

	private final AssessmentService assessment;

	private final PhysicianService physicians;

	private final MedicalRelationsService relations;

	private final ProgramService programs;

	private final SessionLogService sessions;

	private final StaffService staff;

	private final PdfRenderer renderer;

	private final AuditTrail audit;

	private final PracticeTime time;

	private final Clock clock;

	private final StatusEventRepository statusEvents;

	private final ITemplateEngine templates;

	private final String practice;

	DocumentService(DocumentRepository documents, DocumentDrafts drafts, DocumentMailer mailer, ClientService clients,
			AssessmentService assessment, PhysicianService physicians, MedicalRelationsService relations,
			ProgramService programs, SessionLogService sessions, StaffService staff, PdfRenderer renderer, AuditTrail audit,
			PracticeTime time, Clock clock, StatusEventRepository statusEvents, ITemplateEngine templates,
			@Value("${medex.practice.name:MedExPRO Practice}") String practice) {
		this.documents = documents;
		this.drafts = drafts;
		this.mailer = mailer;
		this.clients = clients;
		this.assessment = assessment;
		this.physicians = physicians;
		this.relations = relations;
		this.programs = programs;
		this.sessions = sessions;
		this.staff = staff;
		this.renderer = renderer;
		this.audit = audit;
		this.time = time;
		this.clock = clock;
		this.statusEvents = statusEvents;
		this.templates = templates;
		this.practice = practice;
	}

	/**
	 * Drafts a document from the client's record, to their referring physician (or the one
	 * given). A progress report covers the time since the last one (or the program's start).
	 * @param event for a change-in-status letter, what changed
	 */
	@Transactional
	public Document draft(UUID clientId, DocumentKind kind, @Nullable UUID physicianId, @Nullable String event) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		if (event != null && event.length() > 1000) {
			throw new FieldErrorsException("event", "must be at most 1000 characters");
		}
		ClientDetails client = clients.get(clientId);
		Physician physician = physicianFor(clientId, physicianId);
		LocalDate today = today();
		LocalDate from = periodStart(clientId, kind, today);
		if (kind == DocumentKind.CHANGE_IN_STATUS && (event == null || event.isBlank())) {
			event = whatChanged(clientId, client.fullName());
		}
		DocumentDrafts.Draft draft = drafts.draft(kind, client, physician, from, today, practice, author(), event);
		DocumentRow row = new DocumentRow(UUID.randomUUID(), clientId, kind.name(), physician == null ? null : physician.id(),
				from, today, DocumentStatus.DRAFT.name(), json(draft.sections()), json(draft.data()), now(),
				CurrentStaff.username(), null, null, 0);
		documents.insert(row);
		audit.record(AuditAction.CREATE, "Document", row.id(), clientId, kind.name());
		return view(row);
	}

	/**
	 * Saves the professional's wording of the parts, edited from {@code version}; the data is
	 * drafted again from the record, so a draft opened days later shows today's measures.
	 * @throws ConflictException 409 when the document is signed, or changed since
	 */
	@Transactional
	public Document update(UUID documentId, int version, Map<String, String> sections) {
		DocumentRow row = find(documentId);
		clients.requireAccess(row.clientId(), ClientAccessLevel.CLINICAL);
		requireDraft(row);
		DocumentKind kind = DocumentKind.valueOf(row.kind());
		Map<String, String> parts = new LinkedHashMap<>(sections(row));
		for (Map.Entry<String, String> e : sections.entrySet()) {
			if (!kind.sections().containsKey(e.getKey())) {
				throw new FieldErrorsException("sections." + e.getKey(), "is not a part of a " + kind.label().toLowerCase(Locale.ROOT));
			}
			if (e.getValue() != null && e.getValue().length() > 3000) {
				throw new FieldErrorsException("sections." + e.getKey(), "must be at most 3000 characters");
			}
			parts.put(e.getKey(), e.getValue() == null ? "" : e.getValue().strip());
		}
		DocumentData data = data(row);
		LocalDate today = today();
		DocumentDrafts.Draft fresh = drafts.draft(kind, clients.get(row.clientId()),
				row.physicianId() == null ? null : physicians.find(row.physicianId()).orElse(null), row.periodFrom(), today,
				practice, author(), data.event());
		if (!documents.update(documentId, version, json(parts), json(fresh.data()), today)) {
			throw new ConflictException("This document was changed from another screen since you opened it: reload it.");
		}
		audit.record(AuditAction.UPDATE, "Document", documentId, row.clientId(), kind.name());
		return view(find(documentId));
	}

	/**
	 * Signs the document: its wording and data never change again. A one-page document that
	 * would run over is refused (naming its longest part); out-of-scope words anywhere in what
	 * the PDF will say (the parts, and what it shows from the record: goals, screen findings,
	 * conditions, the program) are refused with the practice's wording unless {@code acknowledgeLanguage}.
	 * @throws RuleViolationException 422 {@code TOO_LONG_FOR_ONE_PAGE} or {@code OUT_OF_SCOPE_LANGUAGE}
	 */
	@Transactional
	public Document sign(UUID documentId, boolean acknowledgeLanguage) {
		DocumentRow row = find(documentId);
		clients.requireAccess(row.clientId(), ClientAccessLevel.CLINICAL);
		requireDraft(row);
		Document draft = view(row);
		Document asSigned = new Document(draft.id(), draft.clientId(), draft.kind(), DocumentStatus.SIGNED, draft.sections(),
				draft.data(), draft.createdAt(), draft.createdBy(), now(), CurrentStaff.username(), draft.version(), draft.sent());
		if (ONE_PAGE.contains(draft.kind()) && renderPdf(asSigned).pages() > 1) {
			throw tooLong(draft);
		}
		List<String> words = ScopeLanguage.strayWords(withoutNames(text(asSigned), draft));
		if (!words.isEmpty() && !acknowledgeLanguage) {
			Map<String, String> suggestions = new LinkedHashMap<>();
			words.forEach(w -> suggestions.put(w, ScopeLanguage.suggestion(w)));
			throw new RuleViolationException(OUT_OF_SCOPE_LANGUAGE, "The document (its parts, or what it shows from the record) uses words outside the scope of exercise: "
					+ String.join(", ", suggestions.entrySet().stream().map(s -> "“" + s.getKey() + "” (say: " + s.getValue() + ")").toList())
					+ ". Reword it, or confirm it as written (acknowledgeLanguage).", Map.of("words", words, "suggestions", suggestions));
		}
		if (!documents.sign(documentId, row.version(), now(), CurrentStaff.username())) {
			throw new ConflictException("This document was changed or signed from another screen: reload it.");
		}
		audit.record(AuditAction.SIGN, "Document", documentId, row.clientId(), row.kind());
		return view(find(documentId));
	}

	/** The document as a PDF (a signed one as it was signed; a draft as a preview), audited as printed. */
	@Transactional
	public byte[] pdf(UUID documentId) {
		return pdf(documentId, null);
	}

	/**
	 * As {@link #pdf(UUID)}, for a path that names the kind (a progress report, a discharge
	 * summary): another kind of document is not found there.
	 */
	@Transactional
	public byte[] pdf(UUID documentId, @Nullable DocumentKind kind) {
		DocumentRow row = find(documentId);
		if (kind != null && !row.kind().equals(kind.name())) {
			throw new NotFoundException(kind.label());
		}
		clients.requireAccess(row.clientId(), ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Document", documentId, row.clientId(), "printed as PDF");
		return render(view(row));
	}

	/**
	 * Sends a signed document to its physician: by e-mail with the PDF attached, or records
	 * that it went by fax, post or hand. Refused without the client's consent to share.
	 * @throws RuleViolationException 422 {@code CONSENT_REQUIRED}
	 */
	@Transactional
	public Communication send(UUID documentId, ContactChannel channel, @Nullable String note) {
		DocumentRow row = find(documentId);
		clients.requireAccess(row.clientId(), ClientAccessLevel.CLINICAL);
		if (!row.status().equals(DocumentStatus.SIGNED.name())) {
			throw new ConflictException("Sign the document before it is sent.");
		}
		ClientDetails client = clients.get(row.clientId());
		if (!client.consentToShare()) {
			throw new RuleViolationException(CONSENT_REQUIRED, client.fullName() + " has not consented to share information "
					+ "with their physician: record the consent (with its date) on the client's record before anything is sent.");
		}
		if (row.physicianId() == null) {
			throw new FieldErrorsException("physicianId", "the document has no physician to send it to");
		}
		Physician physician = physicians.get(row.physicianId());
		Document document = view(row);
		if (channel == ContactChannel.EMAIL) {
			if (physician.email() == null) {
				throw new FieldErrorsException("channel", physician.name() + " has no e-mail address on file: send by fax or post");
			}
			mailer.send(physician.email(), mailSubject(document), letterText(document, physician), render(document),
					fileName(document));
		}
		Communication sent = relations.log(new Communication.Data(physician.id(), row.clientId(),
				DocumentKind.valueOf(row.kind()).communication(), channel, documentId, logSubject(document), note));
		audit.record(AuditAction.READ, "Document", documentId, row.clientId(), "sent by " + channel.label());
		return sent;
	}

	@Transactional
	public Document get(UUID documentId) {
		DocumentRow row = find(documentId);
		clients.requireAccess(row.clientId(), ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Document", documentId, row.clientId(), null);
		return view(row);
	}

	@Transactional
	public List<Document> ofClient(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Document", clientId, clientId, "list");
		return documents.ofClient(clientId).stream().map(this::view).toList();
	}

	/** The client of a document (an id, not health information). */
	@Transactional(readOnly = true)
	public UUID clientOf(UUID documentId) {
		return documents.clientOf(documentId).orElseThrow(() -> new NotFoundException("Document"));
	}

	/** Records the client's next physician visit: a progress report is due before it. */
	@Transactional
	public void recordPhysicianVisit(UUID clientId, @Nullable UUID physicianId, LocalDate visitOn) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		if (visitOn.isBefore(today())) {
			throw new FieldErrorsException("visitOn", "must be today or later: it is the client's next visit");
		}
		if (physicianId != null && physicians.find(physicianId).isEmpty()) {
			throw new FieldErrorsException("physicianId", "is not a physician of the registry");
		}
		UUID id = UUID.randomUUID();
		documents.insertVisit(id, clientId, physicianId, visitOn, now(), CurrentStaff.username());
		audit.record(AuditAction.CREATE, "PhysicianVisit", id, clientId, visitOn.toString());
	}

	/** The client's physician visits still to come, as recorded (audited). */
	@Transactional
	public List<PhysicianVisit> upcomingPhysicianVisits(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "PhysicianVisit", clientId, clientId, "upcoming");
		return documents.visitRowsFrom(clientId, today()).stream()
			.map(v -> new PhysicianVisit(v.id(), v.physicianId(), v.visitOn()))
			.toList();
	}

	/** Takes back a visit recorded by mistake: the progress report is no longer brought forward for it. */
	@Transactional
	public void cancelPhysicianVisit(UUID clientId, @Nullable UUID visitId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		if (visitId == null) {
			throw new FieldErrorsException("visitId", "choose the visit to take back");
		}
		if (!documents.deleteVisit(clientId, visitId)) {
			throw new NotFoundException("Physician visit");
		}
		audit.record(AuditAction.UPDATE, "PhysicianVisit", visitId, clientId, "cancelled");
	}

	/**
	 * Every document owed for the clients in the signed-in staff member's care: due within a
	 * week or overdue, most urgent first (session logs are on the 24-hour list).
	 */
	@Transactional
	public List<DueDocument> due() {
		List<DueDocument> due = new ArrayList<>();
		DocumentDeadlines deadlines = new DocumentDeadlines(time.zone());
		OffsetDateTime now = now();
		for (ClientListItem client : clients.inMyCare()) {
			due.addAll(deadlines.due(facts(client.id(), client.fullName()), now));
		}
		due.sort(Comparator.comparing(DueDocument::dueAt));
		audit.recordReads(AuditAction.SEARCH, "DocumentsDue", due.stream().map(DueDocument::clientId).distinct().toList());
		return due;
	}

	/** The clients' progress reports due within a week or overdue (API.md {@code GET /progress-reports/due}). */
	@Transactional
	public List<DueDocument> progressReportsDue() {
		return due().stream().filter(d -> d.kind() == DocumentKind.PROGRESS_REPORT).toList();
	}

	/** What the deadline rules read of one client (access-checked and audited by each module). */
	DocumentDeadlines.Facts facts(UUID clientId, String name) {
		IntakeView intake = assessment.latestIntake(clientId).orElse(null);
		boolean physician = (intake != null && intake.referringPhysicianId() != null)
				|| !relations.referralsOfClient(clientId).isEmpty();
		ClientStatus status = clients.get(clientId).status();
		OffsetDateTime firstSession = sessions.tolerance(clientId).sessions().stream()
			.filter(p -> p.attendance() == Attendance.ATTENDED)
			.map(p -> p.startedAt())
			.min(Comparator.naturalOrder())
			.orElse(null);
		LocalDate programStart = programs.programs(clientId).stream()
			.filter(p -> p.status() == ProgramStatus.ACTIVE)
			.map(Program::startedOn)
			.min(Comparator.naturalOrder())
			.orElse(null);
		List<StatusChange> history = clients.statusHistory(clientId);
		LocalDate backInCare = history.stream().filter(DocumentService::backInCare).map(StatusChange::changedAt)
			.max(Comparator.naturalOrder()).map(t -> t.atZoneSameInstant(time.zone()).toLocalDate()).orElse(null);
		if (programStart != null && backInCare != null && backInCare.isAfter(programStart)) {
			programStart = backInCare;
		}
		OffsetDateTime discharged = status == ClientStatus.DISCHARGED || status == ClientStatus.MAINTENANCE
				? history.stream().filter(h -> h.to() == status).map(StatusChange::changedAt).max(Comparator.naturalOrder()).orElse(null)
				: null;
		List<DocumentDeadlines.Change> changes = new ArrayList<>();
		history.stream().filter(DocumentService::physicianHearsOf).map(DocumentService::change).forEach(changes::add);
		statusEvents.ofClient(clientId).forEach(e -> changes.add(new DocumentDeadlines.Change(e.recordedAt(),
				e.kind() == StatusEvent.Kind.HOSPITAL_STAY ? "hospital stay" : "new condition", e.description())));
		Map<UUID, OffsetDateTime> sent = relations.documentsSentOfClient(clientId);
		List<DocumentDeadlines.Existing> existing = documents.ofClient(clientId).stream()
			.map(d -> new DocumentDeadlines.Existing(d.id(), DocumentKind.valueOf(d.kind()), DocumentStatus.valueOf(d.status()),
					d.createdAt(), d.signedAt(), d.periodTo(), sent.get(d.id())))
			.toList();
		return new DocumentDeadlines.Facts(clientId, name, physician, status != ClientStatus.DISCHARGED,
				intake == null ? null : intake.takenAt(), firstSession, programStart, discharged,
				documents.visitsFrom(clientId, today()), changes, existing);
	}

	/** A client discharged or stepped down to maintenance who comes back to training: progress reports count from then. */
	private static boolean backInCare(StatusChange change) {
		Set<ClientStatus> ended = EnumSet.of(ClientStatus.DISCHARGED, ClientStatus.MAINTENANCE);
		return change.from() != null && ended.contains(change.from()) && !ended.contains(change.to());
	}

	/** A pause, a return from one, or a red flag during training: the physician hears of it. */
	private static boolean physicianHearsOf(StatusChange change) {
		return change.to() == ClientStatus.ON_HOLD || change.from() == ClientStatus.ON_HOLD
				|| (change.to() == ClientStatus.CLEARANCE_REQUIRED
						&& (change.from() == ClientStatus.ACTIVE || change.from() == ClientStatus.MAINTENANCE));
	}

	/** A change of status as the due list names it and the letter tells it. */
	private static DocumentDeadlines.Change change(StatusChange change) {
		String reason = change.reason() == null || change.reason().isBlank() ? "" : " (" + change.reason().strip() + ")";
		if (change.to() == ClientStatus.ON_HOLD) {
			return new DocumentDeadlines.Change(change.changedAt(), "training paused", "training is paused" + reason);
		}
		if (change.to() == ClientStatus.CLEARANCE_REQUIRED) {
			return new DocumentDeadlines.Change(change.changedAt(), "red flag",
					"a red flag: training is held until your clearance" + reason);
		}
		return new DocumentDeadlines.Change(change.changedAt(), "back from a pause",
				"back from a pause, now " + change.to().label().toLowerCase(Locale.ROOT) + reason);
	}

	/**
	 * Discharges the client: the summary of outcomes against the goals, the reason and the
	 * recommended next step is drafted, and the client's status becomes DISCHARGED, or
	 * MAINTENANCE when they step down to a medical membership.
	 */
	@Transactional
	public Document discharge(UUID clientId, String reason, NextStep next, @Nullable String note) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new FieldErrorsException("reason", "give the reason for the discharge, up to 1000 characters");
		}
		if (note != null && note.length() > 1000) {
			throw new FieldErrorsException("note", "must be at most 1000 characters");
		}
		ClientStatus target = next == NextStep.MEDICAL_MEMBERSHIP ? ClientStatus.MAINTENANCE : ClientStatus.DISCHARGED;
		Document summary = draft(clientId, DocumentKind.DISCHARGE_SUMMARY, null, reason.strip());
		Map<String, String> parts = new LinkedHashMap<>(summary.sections());
		parts.put("reason", reason.strip());
		parts.put("nextSteps", "We recommend " + next.label() + "." + (note == null || note.isBlank() ? "" : " " + note.strip()));
		Document saved = update(summary.id(), summary.version(), parts);
		clients.changeStatus(clientId, target, "discharged: " + reason.strip());
		return saved;
	}

	/** What the physician has not been told of yet, for a change-in-status letter; null when nothing is recorded. */
	private @Nullable String whatChanged(UUID clientId, String name) {
		List<DocumentDeadlines.Change> changes = new DocumentDeadlines(time.zone()).unreported(facts(clientId, name));
		return changes.isEmpty() ? null : String.join("; ", changes.stream().map(DocumentDeadlines.Change::description).toList());
	}

	/** The referring physician of the intake, the latest referral's, or the one given. */
	private @Nullable Physician physicianFor(UUID clientId, @Nullable UUID physicianId) {
		if (physicianId != null) {
			return physicians.find(physicianId).orElseThrow(() -> new FieldErrorsException("physicianId", "is not a physician of the registry"));
		}
		// The newer of the latest intake's physician and the latest referral's: after a return with a
		// new referral, the documents go to the physician who referred the client this time.
		IntakeView intake = assessment.latestIntake(clientId).filter(i -> i.referringPhysicianId() != null).orElse(null);
		Referral referral = relations.referralsOfClient(clientId).stream().findFirst().orElse(null);
		boolean referralIsNewer = referral != null && (intake == null
				|| referral.receivedOn().isAfter(intake.takenAt().atZoneSameInstant(time.zone()).toLocalDate()));
		UUID physician = referralIsNewer ? referral.physicianId() : intake == null ? null : intake.referringPhysicianId();
		return physician == null ? null : physicians.find(physician).orElse(null);
	}

	/** A progress report covers the time since the last signed one, or since the program began. */
	private LocalDate periodStart(UUID clientId, DocumentKind kind, LocalDate today) {
		if (kind == DocumentKind.PROGRESS_REPORT) {
			LocalDate last = documents.ofClient(clientId).stream()
				.filter(d -> d.kind().equals(kind.name()) && d.status().equals(DocumentStatus.SIGNED.name()) && d.periodTo() != null)
				.map(DocumentRow::periodTo)
				.max(Comparator.naturalOrder())
				.orElse(null);
			if (last != null) {
				return last.plusDays(1);
			}
		}
		LocalDate started = programs.programs(clientId).stream().map(Program::startedOn).min(Comparator.naturalOrder()).orElse(null);
		LocalDate intake = assessment.latestIntake(clientId).map(i -> i.takenAt().atZoneSameInstant(time.zone()).toLocalDate()).orElse(null);
		LocalDate from = started != null ? started : intake != null ? intake : today.minusDays(30);
		return from.isAfter(today) ? today : from;
	}

	private Document view(DocumentRow row) {
		return new Document(row.id(), row.clientId(), DocumentKind.valueOf(row.kind()), DocumentStatus.valueOf(row.status()),
				sections(row), data(row), row.createdAt(), row.createdBy(), row.signedAt(), row.signedBy(), row.version(),
				relations.sendingsOf(row.id()));
	}

	/**
	 * The text without the names it prints (the practice, the client, the physician and their
	 * practice, the professional): a practice called Riverton Physical Therapy is not a stray word.
	 * A name is matched across any white space, and after a hyphen.
	 */
	private String withoutNames(String text, Document document) {
		DocumentData data = document.data();
		List<String> names = new ArrayList<>(List.of(data.practice(), data.clientName(), data.author(), author()));
		if (data.physician() != null) {
			names.add(data.physician().name());
			if (data.physician().practice() != null) {
				names.add(data.physician().practice());
			}
		}
		String rest = text;
		for (String name : names) {
			StringBuilder pattern = new StringBuilder();
			for (char c : name.strip().toCharArray()) {
				pattern.append(Character.isWhitespace(c) ? "\\s+" : java.util.regex.Pattern.quote(String.valueOf(c)) + (c == '-' ? "\\s*" : ""));
			}
			if (!pattern.isEmpty()) {
				rest = rest.replaceAll(pattern.toString(), " ");
			}
		}
		return rest;
	}

	/** The sizes a one-page document is tried in, largest first. */
	private static final List<String> DENSITIES = List.of("", "compact", "tight");

	/** A document as PDF; {@code pages} is counted for the one-page documents only (0 otherwise). */
	private record Pdf(byte[] bytes, int pages) {
	}

	/** Refuses a one-page document that runs over, naming its longest part (the one to shorten first). */
	private static RuleViolationException tooLong(Document document) {
		Map.Entry<String, String> longest = document.sections().entrySet().stream()
			.max(Comparator.comparingInt(e -> e.getValue() == null ? 0 : e.getValue().length()))
			.orElseThrow();
		String field = "sections." + longest.getKey();
		String message = "shorten it: the " + document.kind().label().toLowerCase(Locale.ROOT)
				+ " must fit on one page, and does not even at the smallest size";
		return new RuleViolationException(TOO_LONG_FOR_ONE_PAGE, "The " + document.kind().label().toLowerCase(Locale.ROOT)
				+ " would not fit on one page, even at the smallest size. Shorten its parts, the longest first: "
				+ document.kind().sections().get(longest.getKey()) + " (" + longest.getValue().length() + " characters).",
				Map.of("field", field, "errors", List.of(Map.of("field", field, "message", message))));
	}

	byte[] render(Document document) {
		return renderPdf(document).bytes();
	}

	private Pdf renderPdf(Document document) {
		Context context = context(document);
		String template = template(document.kind());
		Pdf pdf = null;
		for (String density : DENSITIES) {
			context.setVariable("density", density);
			byte[] bytes = renderer.render(template, context);
			if (!ONE_PAGE.contains(document.kind())) {
				return new Pdf(bytes, 0);
			}
			pdf = new Pdf(bytes, PdfRenderer.pages(bytes));
			if (pdf.pages() == 1) {
				break;
			}
		}
		return pdf;
	}

	/**
	 * What the document will say: the text of the HTML its PDF is rendered from (the same
	 * template and data), without the markup. Reading it there costs a tenth of reading the PDF back.
	 */
	private String text(Document document) {
		Context context = context(document);
		context.setVariable("density", "");
		String html = templates.process(template(document.kind()), context);
		String body = html.replaceAll("(?is)<head>.*?</head>", " ").replaceAll("(?s)<[^>]*>", " ");
		return HtmlUtils.htmlUnescape(body).replaceAll("\\s+", " ");
	}

	private Context context(Document document) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("document", document);
		context.setVariable("data", document.data());
		context.setVariable("sections", document.sections());
		context.setVariable("headings", document.kind().sections());
		context.setVariable("signedBy", document.signedBy() == null ? null
				: staff.find(document.signedBy()).map(m -> m.displayName()).orElse(document.signedBy()));
		return context;
	}

	private static String template(DocumentKind kind) {
		return switch (kind) {
			case PROGRESS_REPORT -> "reports/progress-report";
			case DISCHARGE_SUMMARY -> "reports/discharge-summary";
			default -> "reports/letter";
		};
	}

	/**
	 * The e-mail's subject: the kind of document, the practice and a reference, never the client's
	 * name or date of birth (mail headers travel and are stored in the clear); those are in the PDF.
	 */
	private String mailSubject(Document document) {
		return document.kind().label() + " from " + practice + " (ref. " + reference(document) + ")";
	}

	/** The communication log's subject, inside the application: the kind and the client. */
	private static String logSubject(Document document) {
		return document.kind().label() + ": " + document.data().clientName();
	}

	/** The e-mail's text, as neutral as its subject: who the client is, the attached PDF says. */
	private String letterText(Document document, Physician physician) {
		return "Dear " + physician.name() + ",\n\nPlease find attached a " + document.kind().label().toLowerCase(Locale.ROOT)
				+ " from " + practice + " (reference " + reference(document) + "), sent with the client's consent. The client "
				+ "is named in the attached document.\n\nWith kind regards,\n" + document.data().author() + "\n" + practice + "\n";
	}

	/** A short reference to the document, to find it again when the office calls. */
	private static String reference(Document document) {
		return "DOC-" + document.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	private static String fileName(Document document) {
		return document.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + document.data().date() + ".pdf";
	}

	private String author() {
		return staff.find(CurrentStaff.username()).map(m -> m.displayName()).orElse(CurrentStaff.username());
	}

	private static void requireDraft(DocumentRow row) {
		if (!row.status().equals(DocumentStatus.DRAFT.name())) {
			throw new ConflictException("This document was signed on " + row.signedAt() + " and never changes: draft a new one.");
		}
	}

	private DocumentRow find(UUID documentId) {
		return documents.find(documentId).orElseThrow(() -> new NotFoundException("Document"));
	}

	private static Map<String, String> sections(DocumentRow row) {
		return JSON.readValue(row.sections(), new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	private static DocumentData data(DocumentRow row) {
		return JSON.readValue(row.snapshot(), DocumentData.class);
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(time.zone()));
	}

}
