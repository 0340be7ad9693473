package org.medexpro.sessions.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.TrainingGuard;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.Dose;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.programs.ExerciseGuard;
import org.medexpro.programs.ExerciseOptions;
import org.medexpro.programs.Program;
import org.medexpro.programs.ProgramEntry;
import org.medexpro.programs.ProgramService;
import org.medexpro.programs.ProgramStatus;
import org.medexpro.security.Access;
import org.medexpro.security.CurrentStaff;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.EntryData;
import org.medexpro.sessions.ExerciseVitals;
import org.medexpro.sessions.RpeScale;
import org.medexpro.sessions.ServiceKind;
import org.medexpro.sessions.SessionEntry;
import org.medexpro.sessions.SessionLog;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.SessionRequest;
import org.medexpro.sessions.Tolerance;
import org.medexpro.sessions.ToleranceTrend;
import org.medexpro.sessions.VitalsCheck;
import org.medexpro.sessions.VitalsReadings;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.FieldErrorsException.FieldMessage;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.RuleViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The session pages, made for a tablet on the gym floor: the safety gate first, then the log
 * with the day's program filled in, saved as it is typed (and kept on the tablet while the
 * connection is down), signed at the end; the history with addenda; the late list.
 */
@Controller
@PreAuthorize(Access.CLINICAL)
class SessionController {

	static final String GATE = "sessions/vitals-form";

	static final String FORM = "sessions/session-form";

	static final String DETAIL = "sessions/session-detail";

	private final SessionLogService sessions;

	private final ClientService clients;

	private final ProgramService programs;

	private final KnowledgeBase knowledge;

	private final PracticeTime practiceTime;

	private final Clock clock;

	private final TrainingGuard trainingGuard;

	SessionController(SessionLogService sessions, ClientService clients, ProgramService programs, KnowledgeBase knowledge,
			PracticeTime practiceTime, Clock clock, TrainingGuard trainingGuard) {
		this.sessions = sessions;
		this.clients = clients;
		this.programs = programs;
		this.knowledge = knowledge;
		this.practiceTime = practiceTime;
		this.clock = clock;
		this.trainingGuard = trainingGuard;
	}

	/** Step 1: the resting vitals before training. */
	@GetMapping("/clients/{id}/sessions/new")
	String vitalsForm(@PathVariable UUID id, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		return gatePage(id, new LinkedMultiValueMap<>(), null, List.of(), model);
	}

	@PostMapping("/clients/{id}/vitals-checks")
	String checkVitals(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		List<FieldMessage> errors = new ArrayList<>();
		VitalsReadings readings = new VitalsReadings(number(form, "systolic", errors), number(form, "diastolic", errors),
				number(form, "heartRate", errors), number(form, "spo2", errors), number(form, "glucose", errors),
				ketones(form.getFirst("ketones")), form.getOrDefault("symptoms", List.of()));
		try {
			if (!errors.isEmpty()) {
				throw new FieldErrorsException(errors);
			}
			return gatePage(id, form, sessions.checkVitals(id, readings), List.of(), model);
		}
		catch (FieldErrorsException ex) {
			return gatePage(id, form, null, ex.errors(), model);
		}
	}

	/** Step 2: a log opened after a GO (filled with the day's program), or a no-show or cancellation. */
	@PostMapping("/clients/{id}/sessions")
	String start(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID vitalsCheckId,
			@RequestParam(defaultValue = "ATTENDED") Attendance attendance, RedirectAttributes flash) {
		OffsetDateTime now = now();
		List<EntryData> planned = attendance == Attendance.ATTENDED ? todaysProgram(id) : List.of();
		SessionLog log;
		try {
			log = sessions.create(id, new SessionRequest(now, now, attendance, null, vitalsCheckId, planned, null, null, null, null));
		}
		catch (RuleViolationException ex) {
			if (planned.isEmpty() || !Set.of(ExerciseGuard.CONTRAINDICATED, ExerciseGuard.CAUTION_NOT_ACKNOWLEDGED).contains(ex.rule())) {
				flash.addFlashAttribute("error", ex.getMessage());
				return "redirect:/clients/" + id + "/sessions/new";
			}
			// The program's exercises no longer all pass the rules for today: open the log without them and say why.
			try {
				log = sessions.create(id, new SessionRequest(now, now, attendance, null, vitalsCheckId, List.of(), null, null, null, null));
			}
			catch (RuleViolationException again) {
				flash.addFlashAttribute("error", again.getMessage());
				return "redirect:/clients/" + id + "/sessions/new";
			}
			flash.addFlashAttribute("error", "The program's exercises were not filled in: " + ex.getMessage());
		}
		return "redirect:/sessions/" + log.id() + (attendance == Attendance.ATTENDED ? "/edit" : "");
	}

	@GetMapping("/sessions/{sessionId}/edit")
	String editForm(@PathVariable UUID sessionId, Model model) {
		SessionLog log = sessions.get(sessionId);
		if (log.signed() || !log.author().equals(CurrentStaff.username())) {
			return "redirect:/sessions/" + sessionId;
		}
		return formPage(log, List.of(), null, model);
	}

	/** Saves the whole log as typed; with {@code sign} it is signed right after. */
	@PostMapping("/sessions/{sessionId}/edit")
	String save(@PathVariable UUID sessionId, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(defaultValue = "") String addExercise, @RequestParam(defaultValue = "") String action,
			Model model, RedirectAttributes flash) {
		SessionLog current = sessions.get(sessionId);
		List<FieldMessage> errors = new ArrayList<>();
		SessionRequest request = request(current, form, addExercise, action.equals("sign"), errors);
		try {
			if (!errors.isEmpty()) {
				throw new FieldErrorsException(errors);
			}
			SessionLog saved = sessions.update(sessionId, request);
			if (action.equals("sign")) {
				sessions.sign(sessionId, "true".equals(form.getFirst("acknowledgeLanguage")));
				flash.addFlashAttribute("message", "Session log signed. It will not change again; add an addendum to correct it.");
				return "redirect:/sessions/" + sessionId;
			}
			flash.addFlashAttribute("message", saved.flags().isEmpty() ? "Saved." : "Saved, with " + saved.flags().size()
					+ " exercise response" + (saved.flags().size() == 1 ? "" : "s") + " to act on (marked below).");
			return "redirect:/sessions/" + sessionId + "/edit";
		}
		catch (FieldErrorsException ex) {
			return formPage(asTyped(current, request), ex.errors(), null, model);
		}
		catch (RuleViolationException ex) {
			// A refused sign-off comes after the save: the page shows the saved draft.
			return formPage(action.equals("sign") ? sessions.get(sessionId) : asTyped(current, request), List.of(), ex, model);
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/sessions/" + sessionId;
		}
	}

	/** The log as the page sent it, to show again beside its errors (nothing typed is lost). */
	private SessionLog asTyped(SessionLog current, SessionRequest request) {
		List<SessionEntry> entries = new ArrayList<>();
		for (int i = 0; i < request.entries().size(); i++) {
			EntryData e = request.entries().get(i);
			entries.add(new SessionEntry(i, e.exerciseCode(), knowledge.exercise(e.exerciseCode()).map(x -> x.name()).orElse(e.exerciseCode()),
					e.sets(), e.reps(), e.loadKg(), e.durationMinutes(), e.rpe(), e.painBefore(), e.painAfter(), e.tolerance(),
					e.vitals(), Boolean.TRUE.equals(e.acknowledgeCautions()) ? List.of("acknowledged") : List.of(), null, e.note(),
					List.of()));
		}
		return new SessionLog(current.id(), current.clientId(), current.author(), request.startedAt(), request.endedAt(),
				current.attendance(), current.status(), current.rpeScale(), current.vitalsCheck(), entries, request.vitalsAfter(),
				request.minutes(),
				request.notes(), current.signDueBy(), current.signedAt(), current.late(), current.intact(), current.version(),
				current.addenda());
	}

	/** The page's autosave: the draft as typed, answered with its new version and the flags. */
	@PostMapping("/sessions/{sessionId}/autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable UUID sessionId, @RequestParam MultiValueMap<String, String> form) {
		SessionLog current = sessions.get(sessionId);
		List<FieldMessage> errors = new ArrayList<>();
		SessionRequest request = request(current, form, "", false, errors);
		if (!errors.isEmpty()) {
			return ResponseEntity.badRequest().body(Map.of("errors", errors));
		}
		try {
			SessionLog saved = sessions.update(sessionId, request);
			// The exercise-response flags go back at once, to show beside their exercise while the session goes on.
			List<Map<String, Object>> flags = new ArrayList<>();
			saved.entries().forEach(e -> e.flags().forEach(f -> flags.add(Map.of("exerciseCode", e.exerciseCode(), "position",
					e.position(), "decision", f.decision().name(), "text", f.description() + " (" + f.observed() + "). " + f.action()))));
			return ResponseEntity.ok(Map.of("version", saved.version(), "flags", flags));
		}
		catch (FieldErrorsException ex) {
			return ResponseEntity.badRequest().body(Map.of("errors", ex.errors()));
		}
		catch (RuleViolationException ex) {
			return ResponseEntity.unprocessableContent().body(Map.of("error", ex.getMessage()));
		}
	}

	@GetMapping("/sessions/{sessionId}")
	String show(@PathVariable UUID sessionId, Model model) {
		SessionLog log = sessions.get(sessionId);
		model.addAttribute("log", log);
		model.addAttribute("client", clients.get(log.clientId()));
		model.addAttribute("fieldError", null);
		return DETAIL;
	}

	@PostMapping("/sessions/{sessionId}/addenda")
	String addAddendum(@PathVariable UUID sessionId, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "false") boolean acknowledgeLanguage, Model model, RedirectAttributes flash) {
		try {
			sessions.addAddendum(sessionId, text, acknowledgeLanguage);
			flash.addFlashAttribute("message", "Addendum added; the signed log stays as it was.");
			return "redirect:/sessions/" + sessionId;
		}
		catch (FieldErrorsException | RuleViolationException | ConflictException ex) {
			SessionLog log = sessions.get(sessionId);
			model.addAttribute("log", log);
			model.addAttribute("client", clients.get(log.clientId()));
			model.addAttribute("fieldError", ex.getMessage());
			model.addAttribute("addendumText", text);
			model.addAttribute("scopeWarning", ex instanceof RuleViolationException);
			return DETAIL;
		}
	}

	@GetMapping("/clients/{id}/sessions")
	String history(@PathVariable UUID id, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		model.addAttribute("client", clients.get(id));
		List<SessionLog> logs = sessions.ofClient(id);
		ToleranceTrend trend = sessions.tolerance(id);
		model.addAttribute("logs", logs);
		model.addAttribute("trend", trend);
		model.addAttribute("chart", ToleranceChart.of(trend, logs.isEmpty() ? sessions.rpeScale() : logs.get(0).rpeScale()));
		return "sessions/session-list";
	}

	@GetMapping("/documentation/late")
	String late(Model model) {
		model.addAttribute("late", sessions.late());
		return "sessions/late-list";
	}

	private String gatePage(UUID id, MultiValueMap<String, String> form, @Nullable VitalsCheck check, List<FieldMessage> errors,
			Model model) {
		model.addAttribute("client", clients.get(id));
		model.addAttribute("form", form.toSingleValueMap());
		model.addAttribute("check", check);
		model.addAttribute("errors", errorMap(errors));
		model.addAttribute("redFlags", sessions.redFlagsToAsk(id));
		model.addAttribute("symptoms", form.getOrDefault("symptoms", List.of()));
		model.addAttribute("hold", trainingGuard.whyNotCleared(id).orElse(null));
		return GATE;
	}

	private String formPage(SessionLog log, List<FieldMessage> errors, @Nullable RuleViolationException refusal, Model model) {
		ExerciseOptions options = programs.options(log.clientId());
		model.addAttribute("log", log);
		model.addAttribute("client", clients.get(log.clientId()));
		model.addAttribute("choices", options.indicated());
		model.addAttribute("errors", errorMap(errors));
		model.addAttribute("refusal", refusal);
		model.addAttribute("scopeWarning", refusal != null && refusal.rule().equals(SessionLogService.OUT_OF_SCOPE_LANGUAGE));
		model.addAttribute("kinds", ServiceKind.values());
		model.addAttribute("tolerances", Tolerance.values());
		model.addAttribute("rpeScale", log.rpeScale());
		model.addAttribute("rpeValues", rpeValues(log.rpeScale()));
		return FORM;
	}

	/** The client's active programs' exercises, not suspended, at their prescribed dose. */
	private List<EntryData> todaysProgram(UUID clientId) {
		List<EntryData> planned = new ArrayList<>();
		for (Program program : programs.programs(clientId)) {
			if (program.status() == ProgramStatus.ACTIVE) {
				for (ProgramEntry e : program.exercises()) {
					if (!e.suspended()) {
						planned.add(new EntryData(e.exerciseCode(), e.sets(), e.reps(), null, e.minutes(), null, null, null, null,
								null, null, null));
					}
				}
			}
		}
		return planned;
	}

	/**
	 * The form as typed, as the API's request; a field that is not a number is reported beside it.
	 * {@code signing}: the log is being signed, so a session whose end was never given ends now.
	 */
	private SessionRequest request(SessionLog current, MultiValueMap<String, String> form, String addExercise,
			boolean signing, List<FieldMessage> errors) {
		List<EntryData> entries = new ArrayList<>();
		Integer rowsTyped = number(form, "rows", errors);
		int rows = rowsTyped == null ? 0 : rowsTyped;
		for (int i = 0; i < Math.min(rows, 40); i++) {
			String p = "entries[" + i + "].";
			String code = form.getFirst(p + "exerciseCode");
			if (code == null || code.isBlank() || "true".equals(form.getFirst(p + "remove"))) {
				continue;
			}
			entries.add(new EntryData(code, number(form, p + "sets", errors), number(form, p + "reps", errors),
					decimal(form, p + "loadKg", errors), number(form, p + "durationMinutes", errors), decimal(form, p + "rpe", errors),
					number(form, p + "painBefore", errors), number(form, p + "painAfter", errors),
					tolerance(form.getFirst(p + "tolerance")),
					new ExerciseVitals(number(form, p + "systolic", errors), number(form, p + "diastolic", errors),
							number(form, p + "heartRate", errors), number(form, p + "spo2", errors)),
					"true".equals(form.getFirst(p + "acknowledgeCautions")), form.getFirst(p + "note")));
		}
		if (!addExercise.isBlank()) {
			// Added at the library's starting dose, for the professional to change to what was done.
			Dose dose = knowledge.exercise(addExercise).map(x -> x.dose()).orElse(null);
			entries.add(new EntryData(addExercise, dose == null ? null : dose.sets(), dose == null ? null : dose.reps(), null,
					dose == null ? null : dose.minutes(), null, null, null, null, null,
					"true".equals(form.getFirst("addAcknowledge")), form.getFirst("addNote")));
		}
		Map<ServiceKind, Integer> minutes = new EnumMap<>(ServiceKind.class);
		for (ServiceKind kind : ServiceKind.values()) {
			Integer value = number(form, "minutes." + kind.name(), errors);
			if (value != null) {
				minutes.put(kind, value);
			}
		}
		Integer version = number(form, "version", errors);
		OffsetDateTime started = time(current.startedAt(), form.getFirst("startTime"), "startTime", errors);
		// A blank end time never follows the clock as the draft is saved: it keeps the end recorded.
		// A log opened as the session began (ended when started) stays open until an end is typed, or
		// until it is signed, when the session ended now.
		boolean endNotYetRecorded = current.endedAt().isEqual(current.startedAt());
		OffsetDateTime ended;
		if (form.getFirst("endTime") == null || form.getFirst("endTime").isBlank()) {
			ended = !endNotYetRecorded ? current.endedAt() : signing ? now() : started;
		}
		else {
			ended = time(current.startedAt(), form.getFirst("endTime"), "endTime", errors);
		}
		ExerciseVitals after = new ExerciseVitals(number(form, "after.systolic", errors), number(form, "after.diastolic", errors),
				number(form, "after.heartRate", errors), number(form, "after.spo2", errors));
		return new SessionRequest(started, ended, current.attendance(), null,
				current.vitalsCheck() == null ? null : current.vitalsCheck().id(), entries, after, minutes, form.getFirst("notes"),
				version == null ? current.version() : version);
	}

	/** A time of day typed on the page (HH:mm, the practice's zone) on the day the session started. */
	private OffsetDateTime time(OffsetDateTime day, @Nullable String value, String field, List<FieldMessage> errors) {
		if (value == null || value.isBlank()) {
			return day;
		}
		try {
			java.time.LocalTime time = java.time.LocalTime.parse(value.strip());
			return day.atZoneSameInstant(practiceTime.zone()).with(time).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
				.toOffsetDateTime();
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.add(new FieldMessage(field, "must be a time such as 09:30"));
			return day;
		}
	}

	/** The application's clock (tests pin it), so the page and the service agree on what is in the future. */
	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static @Nullable Integer number(MultiValueMap<String, String> form, String field, List<FieldMessage> errors) {
		String value = form.getFirst(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldMessage(field, "must be a whole number"));
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(MultiValueMap<String, String> form, String field, List<FieldMessage> errors) {
		String value = form.getFirst(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldMessage(field, "must be a number"));
			return null;
		}
	}

	private static @Nullable Boolean ketones(@Nullable String value) {
		return value == null || value.isBlank() ? null : Boolean.valueOf(value);
	}

	private static @Nullable Tolerance tolerance(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : Tolerance.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Map<String, String> errorMap(List<FieldMessage> errors) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		errors.forEach(e -> map.putIfAbsent(e.field(), e.message()));
		return map;
	}

	private static List<String> rpeValues(RpeScale scale) {
		List<String> values = new ArrayList<>();
		for (int v = (int) scale.min(); v <= (int) scale.max(); v++) {
			values.add(Integer.toString(v));
		}
		return values;
	}

}
